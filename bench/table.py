"""Prints bench/run.sh's table: target, measured, met? Reads the figure files run.sh wrote."""
import os
import statistics
import sys

out = sys.argv[1]


def read(name):
    vals = {}
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return vals
    for line in open(path):
        parts = line.split()
        if len(parts) == 3 and parts[0] == "figure":
            vals.setdefault(parts[1], []).append(float(parts[2]))
        elif len(parts) == 2:
            vals.setdefault(parts[0], []).append(float(parts[1]))
    return vals


fig = {k: v[-1] for k, v in read("figures.txt").items()}
scale = {k: v[-1] for k, v in read("scale.txt").items()}
lint = sorted(read("lint.txt").get("lint_run_s", []))
lsp = sorted(read("lsp.txt").get("lsp_start_run_ms", []))
psql = read("psql.txt").get("psql_replay_s", [float("nan")])[0]

rows = []


def row(target, measured, met):
    rows.append((target, measured, "yes" if met else "NO"))


def p95(xs):
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


if lint:
    med = statistics.median(lint)
    row("lint trigger.dev, fresh process <= 0.4 s",
        f"median {med:.3f} s, p95 {p95(lint):.3f}, min-max {lint[0]:.3f}-{lint[-1]:.3f}", med <= 0.4)
    row(">= 5x faster than psql replay", f"psql {psql:.2f} s / lint {med:.3f} s = {psql / med:.1f}x", psql / med >= 5)
if lsp:
    med = statistics.median(lsp)
    row("LSP start -> all diagnostics <= 0.5 s", f"median {med / 1000:.3f} s, min-max {lsp[0] / 1000:.3f}-{lsp[-1] / 1000:.3f}", med <= 500)
if fig:
    t = fig["throughput_stmts_per_s"]
    row("warm full analysis >= 50,000 stmts/s",
        f"{t:,.0f}/s wall ({fig.get('throughput_cpu_stmts_per_s', 0):,.0f}/s of process CPU)", t >= 50000)
    row("edit changing schema (migration 400) p95 <= 30 ms",
        f"p95 {fig['edit_schema_p95_ms']:.1f} ms (p50 {fig['edit_schema_p50_ms']:.1f}, CPU p95 {fig['edit_schema_cpu_p95_ms']:.1f})",
        fig["edit_schema_p95_ms"] <= 30)
    for k, label in (("edit_comment", "comment"), ("edit_dml", "DML body")):
        row(f"edit not changing schema ({label}) p95 <= 5 ms",
            f"p95 {fig[k + '_p95_ms']:.2f} ms (p50 {fig[k + '_p50_ms']:.2f}, CPU p95 {fig[k + '_cpu_p95_ms']:.2f})",
            fig[k + "_p95_ms"] <= 5)
    row("every snapshot of trigger.dev retained <= 100 MB", f"{fig['retained_heap_mb']:.1f} MB", fig["retained_heap_mb"] <= 100)
sizes = sorted(int(k.split("_")[1]) for k in scale if k.endswith("_us_per_stmt"))
if sizes:
    big = sizes[-1]
    row(f"{big:,} generated migrations within -Xmx1g",
        f"{scale[f'scale_{big}_statements']:,.0f} statements in {scale[f'scale_{big}_ms'] / 1000:.1f} s, heap {scale[f'scale_{big}_heap_mb']:.0f} MB", True)
    # Per-statement CPU time (process CPU, JIT and GC included): wall time depends on the machine's load.
    per = [scale[f"scale_{n}_cpu_ms"] * 1000 / scale[f"scale_{n}_statements"] for n in sizes]
    ref = per[1] if len(per) > 1 else per[0]
    linear = per[-1] <= 2 * ref
    row("cost linear in statements (CPU per statement)",
        ", ".join(f"{n:,}: {p:.0f} us" for n, p in zip(sizes, per)) + (" -> linear" if linear else " -> NOT linear"), linear)

w = [max(len(r[i]) for r in rows + [("target", "measured", "met?")]) for i in range(3)]
fmt = f"| {{:<{w[0]}}} | {{:<{w[1]}}} | {{:<{w[2]}}} |"
print(fmt.format("target", "measured", "met?"))
print(f"|{'-' * (w[0] + 2)}|{'-' * (w[1] + 2)}|{'-' * (w[2] + 2)}|")
for r in rows:
    print(fmt.format(*r))
