package dev.strata.server.verify;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.strata.server.verify.Findings.Disagreement;
import dev.strata.server.verify.Findings.FalseAlarm;
import dev.strata.server.verify.Findings.MissedError;

/** Prints a {@link VerifyReport} as one JSON document for machines. */
final class VerifyReportJson {
  private VerifyReportJson() {}

  static String format(VerifyReport report) {
    JsonObject o = new JsonObject();
    o.addProperty("verdict", report.agrees() ? "agree" : "disagree");
    o.addProperty("objects_compared", report.objectsCompared());
    o.addProperty("objects_agreeing", report.objectsAgreeing());
    o.addProperty("migrations_replayed", report.migrationsReplayed());
    o.addProperty("seconds", Math.round(report.seconds() * 1000) / 1000.0);
    JsonArray roots = new JsonArray();
    report.roots().forEach(r -> roots.add(root(r)));
    o.add("roots", roots);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
  }

  private static JsonObject root(RootVerification r) {
    JsonObject o = new JsonObject();
    o.addProperty("directory", r.directory());
    o.addProperty("tool", r.tool().id());
    o.addProperty("agrees", r.agrees());
    o.addProperty("migrations_replayed", r.migrationsReplayed());
    o.addProperty("migrations_not_run", r.migrationsNotRun());
    o.addProperty("objects_compared", r.finalComparison().objectsCompared());
    o.addProperty("objects_agreeing", r.finalComparison().objectsAgreeing());
    JsonArray stopped = new JsonArray();
    for (Findings.AgreedFailure a : r.agreedFailures()) {
      JsonObject e = new JsonObject();
      e.addProperty("migration", a.migration());
      e.addProperty("file", a.file());
      e.addProperty("line", a.error().line());
      e.addProperty("column", a.error().column());
      e.addProperty("sqlstate", a.error().sqlState());
      e.addProperty("message", a.error().message());
      e.addProperty("model_code", a.modelCode());
      e.addProperty("model_line", a.modelLine());
      stopped.add(e);
    }
    o.add("postgres_stopped", stopped);
    JsonArray missed = new JsonArray();
    for (MissedError m : r.missedErrors()) {
      JsonObject e = new JsonObject();
      e.addProperty("migration", m.migration());
      e.addProperty("file", m.file());
      e.addProperty("line", m.error().line());
      e.addProperty("column", m.error().column());
      e.addProperty("sqlstate", m.error().sqlState());
      e.addProperty("message", m.error().message());
      missed.add(e);
    }
    o.add("missed_errors", missed);
    JsonArray alarms = new JsonArray();
    for (FalseAlarm f : r.falseAlarms()) {
      JsonObject e = new JsonObject();
      e.addProperty("migration", f.migration());
      e.addProperty("file", f.file());
      e.addProperty("line", f.line());
      e.addProperty("column", f.column());
      e.addProperty("code", f.code());
      e.addProperty("message", f.message());
      alarms.add(e);
    }
    o.add("false_alarms", alarms);
    JsonArray diffs = new JsonArray();
    for (Disagreement d : r.disagreements()) {
      JsonObject e = new JsonObject();
      e.addProperty("migration", d.migration());
      e.addProperty("object", d.difference().objectPath());
      e.addProperty("aspect", d.difference().aspect());
      e.addProperty("model", d.difference().modelValue());
      e.addProperty("postgres", d.difference().postgresValue());
      diffs.add(e);
    }
    o.add("disagreements", diffs);
    return o;
  }
}
