package dev.strata.model.analysis;

import dev.strata.model.catalog.Origin;
import dev.strata.model.catalog.PMap;
import dev.strata.model.text.FileRange;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Equality of catalog values where the old value's origins may still point at an older text of
 * an edited file: an old origin equals a new one when the {@code chain} of text shifts carries it
 * exactly onto the new one. Records are compared component by component, {@link PMap}s by shared
 * structure first, so two catalog versions that share most objects compare in time proportional to
 * what differs. A value of a kind it does not know is compared with {@code equals}: the answer may
 * be a false "different", never a false "same".
 */
final class ShiftedEquality {
  private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected MethodHandle[] computeValue(Class<?> type) {
      RecordComponent[] rc = type.getRecordComponents();
      MethodHandle[] out = new MethodHandle[rc.length];
      try {
        for (int i = 0; i < rc.length; i++) {
          rc[i].getAccessor().setAccessible(true);
          out[i] = MethodHandles.lookup().unreflect(rc[i].getAccessor());
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
      return out;
    }
  };

  private final List<TextShift> chain;

  ShiftedEquality(List<TextShift> chain) {
    this.chain = List.copyOf(chain);
  }

  boolean same(Object old, Object now) {
    if (old == now) {
      return true;
    }
    if (old == null || now == null || old.getClass() != now.getClass()) {
      return false;
    }
    if (old instanceof Origin o) {
      return TextShift.through(chain, o).map(now::equals).orElse(false);
    }
    if (old instanceof FileRange r) {
      return through(r).map(now::equals).orElse(false);
    }
    if (old instanceof PMap<?, ?> a) {
      return sameMaps(a, (PMap<?, ?>) now);
    }
    if (old instanceof List<?> a) {
      return sameLists(a, (List<?>) now);
    }
    if (old instanceof Optional<?> a) {
      Optional<?> b = (Optional<?>) now;
      return a.isPresent() == b.isPresent() && (a.isEmpty() || same(a.get(), b.get()));
    }
    if (old.getClass().isRecord()) {
      return sameRecords(old, now);
    }
    return old.equals(now);
  }

  @SuppressWarnings("unchecked")
  private boolean sameMaps(PMap<?, ?> a, PMap<?, ?> b) {
    return ((PMap<Object, Object>) a).equivalent((PMap<Object, Object>) b, this::same);
  }

  private boolean sameLists(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean sameRecords(Object a, Object b) {
    MethodHandle[] accessors = COMPONENTS.get(a.getClass());
    if (accessors == null) {
      return Objects.equals(a, b);
    }
    try {
      for (MethodHandle h : accessors) {
        if (!same(h.invoke(a), h.invoke(b))) {
          return false;
        }
      }
      return true;
    } catch (Throwable t) {
      return false;
    }
  }

  private Optional<FileRange> through(FileRange r) {
    Optional<FileRange> out = Optional.of(r);
    for (TextShift s : chain) {
      out = out.flatMap(s::location);
    }
    return out;
  }
}
