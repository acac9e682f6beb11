#!/usr/bin/env bash
# Casework through a demo node: KNOWN people loaded into its PostgreSQL with COPY (then the node is
# restarted, and loads them into its index in the background as it starts), a list of ROWS
# imported through POST /api/v1/casework/imports (duplicates matched against all of them), a
# manifest of MANIFEST people created and accepted through the API, and SEARCHES person searches;
# the baselines (a linear scan with the same comparator, one request a person) in the same run.
# Usage: bench/casework-http.sh [KNOWN] [ROWS] [MANIFEST] [SEARCHES]  (default 1000000 10000 1000 1000)
# Needs JAVA_HOME pointing at a JDK 21 or newer. NODE_JAVA_OPTS, if set, goes to the node's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
KNOWN="${1:-1000000}"
ROWS="${2:-10000}"
MANIFEST="${3:-1000}"
SEARCHES="${4:-1000}"
PORT="${BENCH_PORT:-18196}"
source bench/lib/node.sh casework-http
bench_jar
./mvnw -B -q -pl server -am package -DskipTests -Dspotless.check.skip=true
BENCH=(-Xmx4g -cp bench/target/benchmarks.jar org.mekong.bench.CaseworkHttpBench)
BENCH_JAR=1 NODE_JAVA_OPTS="-Xmx8g ${NODE_JAVA_OPTS:-}" start_node --no-rescue-story
"$JAVA_HOME/bin/java" "${BENCH[@]}" copy "jdbc:postgresql://127.0.0.1:$PGPORT/postgres?user=postgres" "$KNOWN"
# a node loads its index of known people when it starts: restarted, it loads those copied in
stop_node
BENCH_JAR=1 NODE_JAVA_OPTS="-Xmx8g ${NODE_JAVA_OPTS:-}" start_node --no-rescue-story
ADMIN=$(admin_key)
"$JAVA_HOME/bin/java" -Dnode.pid="$NODE" "${BENCH[@]}" \
  "http://localhost:$PORT" "$(agency_key th-immigration)" "$(agency_key mm-police)" "$ADMIN" \
  "jdbc:postgresql://127.0.0.1:$PGPORT/postgres?user=postgres" "$KNOWN" "$ROWS" "$MANIFEST" "$SEARCHES"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
