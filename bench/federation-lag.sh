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
source bench/lib/node.sh federation
bench_jar

launch_node "$WORK/federation/th" "Press Ctrl-C" \
  "${MEKONG[@]}" demo --nodes 3 --data "$WORK/federation" --port "$PORT" --indicators 0
key() { agency_key "$2" "$WORK/federation/$1"; } # NODE AGENCY
admin() { admin_key "$WORK/federation/$1"; } # NODE
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
