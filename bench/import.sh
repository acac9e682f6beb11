#!/usr/bin/env bash
# Bulk import through the API vs publishing one indicator per request, measured in the same run.
# Usage: bench/import.sh [LINES]   (default 1000000; the one-by-one baseline takes 2000 lines)
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${1:-1000000}"
BASELINE_LINES=2000
PORT="${BENCH_PORT:-18190}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mekong-bench-import.XXXXXX")"
trap 'kill "$NODE" 2>/dev/null; wait "$NODE" 2>/dev/null || true; rm -rf "$WORK"' EXIT

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

./mekong demo --data "$WORK/node" --port "$PORT" >"$WORK/node.log" 2>&1 &
NODE=$!
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/actuator/health" >/dev/null && break; sleep 1; done
KEY=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['agencies'][1]['apiKey'])" "$WORK/node/credentials.json")
URL="localhost:$PORT/api/v1/indicators:import?format=list&type=domain&category=gambling&tlp=green"

seconds() { python3 -c "import time;print(time.time())"; }

t0=$(seconds)
curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: text/plain" --data-binary @"$WORK/list.txt" "$URL" >"$WORK/first.json"
t1=$(seconds)
curl -sf -H "Authorization: Bearer $KEY" -H "Content-Type: text/plain" --data-binary @"$WORK/list.txt" "$URL" >"$WORK/second.json"
t2=$(seconds)

head -n "$BASELINE_LINES" "$WORK/list.txt" | sed 's/^/base-/' >"$WORK/baseline.txt"
t3=$(seconds)
while read -r domain; do
  curl -sf -o /dev/null -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
    -d "{\"type\":\"domain\",\"value\":\"$domain\",\"categories\":[\"gambling\"],\"tlp\":\"green\"}" \
    "localhost:$PORT/api/v1/indicators"
done <"$WORK/baseline.txt"
t4=$(seconds)

python3 - "$LINES" "$BASELINE_LINES" "$t0" "$t1" "$t2" "$t3" "$t4" "$WORK/first.json" "$WORK/second.json" <<'PY'
import json, sys
n, b = int(sys.argv[1]), int(sys.argv[2])
t0, t1, t2, t3, t4 = map(float, sys.argv[3:8])
first, second = json.load(open(sys.argv[8])), json.load(open(sys.argv[9]))
imp, reimp, base = n / (t1 - t0), n / (t2 - t1), b / (t4 - t3)
print(f"import    {n} lines in {t1-t0:.1f} s: {imp:,.0f} indicators/s (accepted {first['accepted']}, rejected {first['rejectedCount']})")
print(f"re-import {n} lines in {t2-t1:.1f} s: {reimp:,.0f} indicators/s (unchanged {second['unchanged']}, accepted {second['accepted']})")
print(f"baseline  one POST per indicator, {b} lines in {t4-t3:.1f} s: {base:,.0f} indicators/s")
print(f"ratio     bulk import / one-by-one = {imp/base:.1f}x; re-import / import = {reimp/imp:.2f}x; target 100,000/s: {imp/100000:.2f} of it")
PY
