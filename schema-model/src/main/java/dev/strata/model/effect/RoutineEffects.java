package dev.strata.model.effect;

import dev.strata.model.catalog.Function;
import dev.strata.model.catalog.Name;
import dev.strata.model.catalog.QName;
import dev.strata.model.catalog.SqlType;
import dev.strata.model.catalog.Table;
import dev.strata.model.catalog.Trigger;
import dev.strata.model.sql.TokenKind;
import dev.strata.model.sql.ast.FunctionArg;
import dev.strata.model.sql.ast.FunctionRef;
import dev.strata.model.sql.ast.ObjectKind;
import dev.strata.model.sql.ast.Statement;
import dev.strata.model.sql.ast.TypeName;
import dev.strata.model.sql.plpgsql.PlpgsqlBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Functions and procedures (existence by name and argument types) and triggers. */
final class RoutineEffects {
  /** Functions well-known extensions add, by extension name. */
  static final Map<String, List<String>> EXTENSION_FUNCTIONS = Map.of(
      "uuid-ossp", List.of("uuid_generate_v1", "uuid_generate_v4", "uuid_nil"),
      "pgcrypto", List.of("gen_random_bytes", "crypt", "gen_salt", "digest", "hmac"),
      "pg_trgm", List.of("similarity", "word_similarity"));

  private RoutineEffects() {}

  static void addExtensionFunctions(Tx tx, Name ext, Name schema) {
    for (String f : EXTENSION_FUNCTIONS.getOrDefault(ext.value(), List.of())) {
      tx.cat = tx.cat.withFunction(new Function(new QName(schema, Name.of(f)), List.of(), "unknown",
          "ext:" + ext.value(), false, tx.origin));
    }
  }

  static void create(Tx tx, Statement.CreateFunction s) {
    Optional<Name> schema = tx.creationSchema(s.name());
    if (schema.isEmpty()) {
      return;
    }
    List<String> types = argTypes(tx, s.args().stream().filter(a -> !a.mode().equalsIgnoreCase("OUT"))
        .map(FunctionArg::type).toList());
    if (tx.failed()) {
      return;
    }
    QName q = new QName(schema.get(), s.name().name());
    String sig = Function.signature(q, types);
    if (tx.cat.functions().containsKey(sig) && !s.orReplace()) {
      tx.fail(CatalogProblems.duplicateFunction(tx.ctx, s.name().last().range(), q.name().value() + "("
          + String.join(", ", types) + ")"));
      return;
    }
    String returns = s.returnsTable() ? "TABLE" : s.returns().flatMap(t -> TypeResolver.lookup(tx, t))
        .map(t -> t.format(tx.cat::typeVisible)).orElse(s.procedure() ? "" : "void");
    tx.cat = tx.cat.withFunction(new Function(q, types, returns, s.language(), s.procedure(), tx.origin,
        executesDynamicSql(tx, s)));
    tx.event("function:" + sig, ObjectEvent.Kind.CREATED, s.procedure() ? "procedure" : "function");
  }

  /** Whether a PL/pgSQL body runs EXECUTE (see {@link PlpgsqlBody#executesDynamicSql}). */
  private static boolean executesDynamicSql(Tx tx, Statement.CreateFunction s) {
    if (!s.language().equalsIgnoreCase("plpgsql") || s.body().isEmpty()) {
      return false;
    }
    return s.body().get().tokens().stream().anyMatch(t -> t.is(TokenKind.DOLLAR_STRING)
        && PlpgsqlBody.executesDynamicSql(tx.ctx.source(), t));
  }

  private static List<String> argTypes(Tx tx, List<TypeName> types) {
    List<String> out = new ArrayList<>();
    for (TypeName t : types) {
      Optional<SqlType> r = TypeResolver.resolve(tx, t);
      if (r.isEmpty()) {
        return out;
      }
      out.add(r.get().formatWithoutTypmod(tx.cat::typeVisible));
    }
    return out;
  }

  static void drop(Tx tx, Statement.DropRoutine s) {
    for (FunctionRef ref : s.routines()) {
      if (tx.failed()) {
        return;
      }
      List<Function> matches = matching(tx, ref);
      if (tx.failed()) {
        return;
      }
      if (matches.isEmpty()) {
        if (s.ifExists()) {
          tx.note(CatalogProblems.skipped(tx.ctx, ref.name().last().range(), "function", ref.name().toString(), false));
        } else {
          tx.fail(CatalogProblems.unknownFunction(tx.ctx, ref.name().last().range(), ref.name() + "("
              + ref.argTypes().map(a -> String.join(", ", a.stream().map(TypeName::baseName).toList())).orElse("")
              + ")"));
        }
        continue;
      }
      for (Function f : matches) {
        tx.cat = tx.cat.withFunctions(tx.cat.functions().without(f.signature()));
        tx.event("function:" + f.signature(), ObjectEvent.Kind.DROPPED, "dropped");
      }
    }
  }

  private static List<Function> matching(Tx tx, FunctionRef ref) {
    List<Function> out = new ArrayList<>();
    List<Name> schemas = ref.name().schema().map(i -> List.of(i.name())).orElseGet(tx.cat::effectivePath);
    Optional<List<String>> types = ref.argTypes().map(a -> argTypes(tx, a));
    for (Name schema : schemas) {
      for (Function f : tx.cat.functionsNamed(new QName(schema, ref.name().name()))) {
        if (types.isEmpty() || types.get().equals(f.argTypes())) {
          out.add(f);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  static void createTrigger(Tx tx, Statement.CreateTrigger s) {
    Optional<Table> t = tx.table(s.table());
    if (t.isEmpty()) {
      return;
    }
    List<Function> fns = new ArrayList<>();
    List<Name> schemas = s.function().name().schema().map(i -> List.of(i.name())).orElseGet(tx.cat::effectivePath);
    for (Name schema : schemas) {
      fns.addAll(tx.cat.functionsNamed(new QName(schema, s.function().name().name())));
    }
    if (fns.isEmpty()) {
      tx.fail(CatalogProblems.unknownFunction(tx.ctx, s.function().name().last().range(),
          s.function().name() + "()"));
      return;
    }
    Optional<Trigger> existing = t.get().trigger(s.name().name());
    if (existing.isPresent() && !s.orReplace()) {
      tx.fail(CatalogProblems.duplicateObject(tx.ctx, s.name().range(), "trigger", s.name().value()
          + "\" for relation \"" + t.get().name().name().value()));
      return;
    }
    Trigger trg = new Trigger(s.name().name(), fns.get(0).name(), s.timing(), s.events(), tx.origin);
    List<Trigger> triggers = new ArrayList<>(t.get().triggers().stream()
        .filter(x -> !x.name().equals(trg.name())).toList());
    triggers.add(trg);
    tx.cat = tx.cat.withTable(t.get().withTriggers(triggers, tx.origin));
    tx.event("trigger:" + t.get().name().key() + "." + trg.name().value(), ObjectEvent.Kind.CREATED, "created");
  }

  static void dropOnTable(Tx tx, Statement.DropOnTable s) {
    Optional<Table> t = s.ifExists() ? tx.tableIfExists(s.table()) : tx.table(s.table());
    if (t.isEmpty()) {
      return;
    }
    if (s.kind() != ObjectKind.TRIGGER) {
      return;
    }
    if (t.get().trigger(s.name().name()).isEmpty()) {
      if (s.ifExists()) {
        tx.note(CatalogProblems.skipped(tx.ctx, s.name().range(), "trigger", s.name().value(), false));
      } else {
        tx.fail(CatalogProblems.unknownObject(tx.ctx, s.name().range(), "trigger", s.name().value()
            + "\" for table \"" + t.get().name().name().value()));
      }
      return;
    }
    tx.cat = tx.cat.withTable(t.get().withTriggers(t.get().triggers().stream()
        .filter(x -> !x.name().equals(s.name().name())).toList(), tx.origin));
    tx.event("trigger:" + t.get().name().key() + "." + s.name().value(), ObjectEvent.Kind.DROPPED, "dropped");
  }
}
