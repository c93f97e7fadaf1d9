#!/usr/bin/env bash
# Measures Strata against its performance targets (issue 9) and prints a table:
# target, measured, met?  See docs/performance.md for what each figure means.
#
#   bench/run.sh            everything (about 5 minutes on 2 cores)
#   QUICK=1 bench/run.sh    no JMH, fewer runs (about 2 minutes)
#
# Steps: build (jar, launcher + AppCDS archive, benchmarks.jar); JMH briefly; in-process figures
# (throughput, edit latency, retained heap); `strata lint` of trigger.dev as a fresh process 5x
# (hyperfine when installed, else a date +%s%N loop); language server start -> diagnostics through
# the real jar over stdio; a plain psql replay of the same history into a fresh database of a
# throw-away PostgreSQL 15 (.ci/pg-start); the scaling series over generated histories (-Xmx1g).
# Wall-clock figures depend on what else the machine runs: the load average is printed with them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd -P)
CORPUS=${STRATA_CORPUS:-$ROOT/../shared/corpus}
TRIGGER="$CORPUS/triggerdotdev__trigger.dev"
MIGRATIONS="$TRIGGER/internal-packages/database/prisma/migrations"
QUICK=${QUICK:-0}
RUNS=${RUNS:-10}
OUT=$(mktemp -d)
LAUNCHER="$ROOT/server/target/strata"
BJ="$ROOT/bench/target/benchmarks.jar"
log() { printf '== %s\n' "$*" >&2; }

[[ -d "$MIGRATIONS" ]] || { echo "corpus not found at $CORPUS (set STRATA_CORPUS)" >&2; exit 2; }

log "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
log "build"
mvn -B -q -DskipTests package >&2

if [[ "$QUICK" != 1 ]]; then
  log "JMH (brief)"
  java -jar "$BJ" -f 1 -wi 2 -w 2s -i 3 -r 2s -jvmArgs "-Xmx2g -Dstrata.corpus=$CORPUS" AnalysisBench 2>&1 \
    | sed -n '/^Benchmark/,$p' >&2
fi

log "in-process figures"
java -Xmx2g -Dstrata.corpus="$CORPUS" -cp "$BJ" dev.strata.bench.Figures trigger | tee "$OUT/figures.txt" >&2

log "lint of trigger.dev as a fresh process, $RUNS runs"
"$LAUNCHER" lint "$TRIGGER" >/dev/null || true   # warms the page cache
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N -i --warmup 1 --runs "$RUNS" --export-json "$OUT/lint.json" "$LAUNCHER lint $TRIGGER" >&2
  python3 - "$OUT/lint.json" >"$OUT/lint.txt" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
for t in r["times"]:
    print(f"lint_run_s {t:.3f}")
print(f"lint_user_s {r['user']:.3f}")
PY
else
  for _ in $(seq "$RUNS"); do
    s=$(date +%s%N); "$LAUNCHER" lint "$TRIGGER" >/dev/null || true; e=$(date +%s%N)
    echo "lint_run_s $(awk -v a="$s" -v b="$e" 'BEGIN{printf "%.3f", (b-a)/1e9}')"
  done >"$OUT/lint.txt"
fi
cat "$OUT/lint.txt" >&2

log "language server: start -> diagnostics of trigger.dev"
java -cp "$BJ" dev.strata.bench.LspStartup "$LAUNCHER" "$TRIGGER" "$RUNS" | tee "$OUT/lsp.txt" >&2

log "plain psql replay of trigger.dev (PostgreSQL 15)"
pg_env="$(bash .ci/pg-start)"
eval "$pg_env"
trap 'bash .ci/pg-stop "$STRATA_PG_DATA" >/dev/null 2>&1 || true' EXIT
db="bench_replay_$$"
createdb "$db"
s=$(date +%s%N)
for f in $(ls "$MIGRATIONS" | sort); do
  [[ -f "$MIGRATIONS/$f/migration.sql" ]] || continue
  PGOPTIONS='-c client_min_messages=warning' PGDATABASE="$db" psql -X -q -v ON_ERROR_STOP=1 -f "$MIGRATIONS/$f/migration.sql" >/dev/null
done
e=$(date +%s%N)
echo "psql_replay_s $(awk -v a="$s" -v b="$e" 'BEGIN{printf "%.3f", (b-a)/1e9}')" | tee "$OUT/psql.txt" >&2
dropdb "$db"

log "scaling series (generated histories, -Xmx1g)"
sizes="100 1000 5000 20000"
java -Xmx1g -cp "$BJ" dev.strata.bench.Figures scale $sizes | tee "$OUT/scale.txt" >&2

log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$ROOT/bench/table.py" "$OUT"
