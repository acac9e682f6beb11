#!/usr/bin/env bash
# Federation lag: the demo federation's China and Thailand nodes as two partners (Myanmar's node
# is started but taken out of the federation; with FEDERATION_NODES=3 all three stay partners),
# each pulling from the other every second, China's anti-fraud centre publishing TLP:GREEN phone
# indicators at RATE per second through bulk imports every 100 ms, and Thailand's police reading
# its own node's TAXII collection. Prints the lag from the import's answer in China to the
# indicator's appearance in Thailand (p50, p95, p99, max) against the goal p95 < 5 s.
# Usage: bench/federation-lag.sh [RATE] [SECONDS]   (default 1000 60)
# Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE="${1:-1000}"
SECONDS_PUBLISHING="${2:-60}"
PORT="${BENCH_PORT:-18290}"
source bench/prepare.sh federation

./mekong demo --nodes 3 --data "$WORK/federation" --port "$PORT" --indicators 0 >"$WORK/nodes.log" 2>&1 &
NODE=$!
for _ in $(seq 1 900); do
  grep -q "Press Ctrl-C" "$WORK/nodes.log" && break
  kill -0 "$NODE" 2>/dev/null || { cat "$WORK/nodes.log" >&2; exit 1; }
  sleep 1
done
key() { # NODE AGENCY
  python3 -c "import json,sys;print([a for a in json.load(open(sys.argv[1]))['agencies'] if a['id']==sys.argv[2]][0]['apiKey'])" \
    "$WORK/federation/$1/credentials.json" "$2"
}
admin() { # NODE
  python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['adminApiKey'])" "$WORK/federation/$1/credentials.json"
}
if [[ "${FEDERATION_NODES:-2}" == 2 ]]; then
  for pair in "cn:mm:$PORT" "th:mm:$((PORT + 2))" "mm:cn:$((PORT + 1))" "mm:th:$((PORT + 1))"; do
    IFS=: read -r node partner port <<<"$pair"
    curl -sf -X DELETE -H "Authorization: Bearer $(admin "$node")" \
      "localhost:$port/api/v1/admin/federation/partners/$partner" >/dev/null
  done
  echo "federation: cn <-> th (mm taken out)"
else
  echo "federation: cn, mm and th all partners of one another"
fi
"$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/benchmarks.jar org.mekong.bench.FederationLagBench \
  "http://localhost:$PORT" "$(key cn cn-mps-afc)" "http://localhost:$((PORT + 2))" "$(key th th-ccib)" \
  "$RATE" "$SECONDS_PUBLISHING"
