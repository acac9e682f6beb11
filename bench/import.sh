#!/usr/bin/env bash
# Bulk import through the API vs publishing one indicator per request, measured in the same run.
# Usage: bench/import.sh [LINES]   (default 1000000; the one-by-one baseline takes 2000 lines,
# BENCH_BASELINE_LINES=N to change that)
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${1:-1000000}"
BASELINE_LINES="${BENCH_BASELINE_LINES:-2000}"
PORT="${BENCH_PORT:-18190}"
source bench/lib/node.sh import

echo "generating $LINES domains (seeded) ..."
python3 - "$LINES" "$WORK/list.txt" <<'PY'
import random, sys
n, path = int(sys.argv[1]), sys.argv[2]
r = random.Random(20261128)
tlds = ["top", "xyz", "vip", "asia", "com", "cc", "shop"]
with open(path, "w") as f:
    for i in range(n):
        f.write("%s-%d.%s\n" % ("".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8)), i, r.choice(tlds)))
PY

# Waits until the demo world is seeded, so that its writes do not overlap the measurement.
start_node
KEY=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['agencies'][1]['apiKey'])" "$WORK/node/credentials.json")
URL="localhost:$PORT/api/v1/indicators:import?format=list&type=domain&category=gambling&tlp=green"

PGPID=$(head -1 "$WORK/node/postgres/postmaster.pid")
# CPU seconds used so far by the node's JVM and its PostgreSQL (postmaster, backends, reaped ones):
# with other work on the machine, CPU per indicator is steadier than the wall clock.
cpu() {
  python3 - "$NODE" "$PGPID" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK")
node, pg = sys.argv[1], sys.argv[2]
def fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()
node_cpu, pg_cpu = 0, 0
for pid in os.listdir("/proc"):
    if not pid.isdigit():
        continue
    try:
        f = fields(pid)
    except OSError:
        continue
    if pid == node:
        node_cpu += sum(int(x) for x in f[11:15])
    elif pid == pg:
        pg_cpu += sum(int(x) for x in f[11:15])
    elif f[1] == pg:
        pg_cpu += int(f[11]) + int(f[12])
print(f"{node_cpu / tick},{pg_cpu / tick}")
PY
}

c0=$(cpu); t0=$(seconds)
curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: text/plain" --data-binary @"$WORK/list.txt" "$URL" >"$WORK/first.json"
t1=$(seconds); c1=$(cpu)
curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: text/plain" --data-binary @"$WORK/list.txt" "$URL" >"$WORK/second.json"
t2=$(seconds); c2=$(cpu)

head -n "$BASELINE_LINES" "$WORK/list.txt" | sed 's/^/base-/' >"$WORK/baseline.txt"
t3=$(seconds)
while read -r domain; do
  curl -sf -o /dev/null -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
    -d "{\"type\":\"domain\",\"value\":\"$domain\",\"categories\":[\"gambling\"],\"tlp\":\"green\"}" \
    "localhost:$PORT/api/v1/indicators"
done <"$WORK/baseline.txt"
t4=$(seconds)

python3 - "$LINES" "$BASELINE_LINES" "$t0" "$t1" "$t2" "$t3" "$t4" "$WORK/first.json" "$WORK/second.json" "$c0" "$c1" "$c2" <<'PY'
import json, os, sys
n, b = int(sys.argv[1]), int(sys.argv[2])
t0, t1, t2, t3, t4 = map(float, sys.argv[3:8])
first, second = json.load(open(sys.argv[8])), json.load(open(sys.argv[9]))
(n0, p0), (n1, p1), (n2, p2) = ([float(x) for x in a.split(",")] for a in sys.argv[10:13])
c0, c1, c2 = n0 + p0, n1 + p1, n2 + p2
cores = os.cpu_count()
print(f"cpu       node + PostgreSQL: import {c1-c0:.1f} s ({(c1-c0)/n*1e6:.1f} us/indicator, at most {n/((c1-c0)/cores):,.0f}/s on {cores} idle cores), re-import {c2-c1:.1f} s ({(c2-c1)/n*1e6:.1f} us/indicator)")
print(f"          of which node {(n1-n0)/n*1e6:.1f} + PostgreSQL {(p1-p0)/n*1e6:.1f} us/indicator (import), {(n2-n1)/n*1e6:.1f} + {(p2-p1)/n*1e6:.1f} (re-import)")
imp, reimp, base = n / (t1 - t0), n / (t2 - t1), b / (t4 - t3)
print(f"import    {n} lines in {t1-t0:.1f} s: {imp:,.0f} indicators/s (accepted {first['accepted']}, rejected {first['rejectedCount']})")
print(f"re-import {n} lines in {t2-t1:.1f} s: {reimp:,.0f} indicators/s (unchanged {second['unchanged']}, accepted {second['accepted']})")
print(f"baseline  one POST per indicator, {b} lines in {t4-t3:.1f} s: {base:,.0f} indicators/s")
print(f"ratio     bulk import / one-by-one = {imp/base:.1f}x; re-import / import = {reimp/imp:.2f}x; target 100,000/s: {imp/100000:.2f} of it")
PY
