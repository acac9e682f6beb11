#!/usr/bin/env bash
# Builds the benchmarks and runs the MRZ parser against a regular-expression baseline on one
# million seeded zones, one thread (about 2 minutes). Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/node.sh mrz-parse
bench_jar
"$JAVA_HOME/bin/java" -Xms2g -Xmx2g -cp bench/target/benchmarks.jar \
  org.mekong.bench.MrzParserBenchmark "$@"
