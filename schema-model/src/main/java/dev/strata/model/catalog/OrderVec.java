package dev.strata.model.catalog;

import java.util.function.Consumer;

/**
 * A persistent 32-way radix vector: {@link PMap}'s insertion order, slot {@code i} holding the
 * entry with sequence number {@code i} or null once it was removed. {@link #set} and
 * {@link #append} copy one path of at most {@code log32(n)} arrays of 32 references.
 */
final class OrderVec {
  static final OrderVec EMPTY = new OrderVec(new Object[32], 0, 0);

  private final Object[] root;
  private final int shift;
  private final int count;

  private OrderVec(Object[] root, int shift, int count) {
    this.root = root;
    this.shift = shift;
    this.count = count;
  }

  /** The number of slots, removed ones included: the next sequence number. */
  int count() {
    return count;
  }

  OrderVec set(int i, Object value) {
    return new OrderVec(setIn(root, shift, i, value), shift, count);
  }

  private static Object[] setIn(Object[] node, int level, int i, Object value) {
    Object[] copy = node.clone();
    int idx = (i >>> level) & 31;
    if (level == 0) {
      copy[idx] = value;
    } else {
      Object[] child = (Object[]) node[idx];
      copy[idx] = setIn(child == null ? new Object[32] : child, level - 5, i, value);
    }
    return copy;
  }

  OrderVec append(Object value) {
    if (count == 1 << (shift + 5)) {
      Object[] grown = new Object[32];
      grown[0] = root;
      return new OrderVec(setIn(grown, shift + 5, count, value), shift + 5, count + 1);
    }
    return new OrderVec(setIn(root, shift, count, value), shift, count + 1);
  }

  /** Calls {@code action} on every non-null slot, in slot order. */
  void forEach(Consumer<Object> action) {
    walk(root, shift, action);
  }

  private static void walk(Object[] node, int level, Consumer<Object> action) {
    for (Object slot : node) {
      if (slot == null) {
        continue;
      }
      if (level == 0) {
        action.accept(slot);
      } else {
        walk((Object[]) slot, level - 5, action);
      }
    }
  }

  /** An iterator over the non-null slots in order. */
  java.util.Iterator<Object> iterator() {
    return new java.util.Iterator<>() {
      private final Object[][] stack = new Object[shift / 5 + 1][];
      private final int[] pos = new int[shift / 5 + 1];
      private int depth;
      private Object next;

      {
        stack[0] = root;
        advance();
      }

      private void advance() {
        next = null;
        while (depth >= 0) {
          Object[] node = stack[depth];
          if (pos[depth] >= node.length) {
            depth--;
            continue;
          }
          Object slot = node[pos[depth]++];
          if (slot == null) {
            continue;
          }
          if (depth == stack.length - 1) {
            next = slot;
            return;
          }
          depth++;
          stack[depth] = (Object[]) slot;
          pos[depth] = 0;
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public Object next() {
        if (next == null) {
          throw new java.util.NoSuchElementException();
        }
        Object out = next;
        advance();
        return out;
      }
    };
  }
}
