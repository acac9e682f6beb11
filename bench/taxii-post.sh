#!/usr/bin/env bash
# TAXII 2.1 "add objects": bundles of 10,000 new STIX indicators posted to the indicators
# collection, each followed until its status resource says complete; one client, then as many
# clients as cores. Prints objects/s end to end and the ratio to the goal (20,000/s).
# Usage: bench/taxii-post.sh [OBJECTS_PER_BUNDLE] [BUNDLES]   (default 10000 10)
# Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE="${1:-10000}"
BUNDLES="${2:-10}"
PORT="${BENCH_PORT:-18194}"
COLLECTION=7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11
source bench/lib/node.sh taxii-post
bench_jar

start_node --indicators 0
KEY=$(agency_key th-ccib)
"$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/benchmarks.jar org.mekong.bench.TaxiiPostBench \
  "http://localhost:$PORT" "$KEY" "$COLLECTION" "$SIZE" "$BUNDLES"
