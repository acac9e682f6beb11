#!/usr/bin/env bash
# Builds the benchmarks and runs pairwise name comparison (names analysed once, and from raw
# strings) against a naive normalised-Levenshtein comparator on 20,000 seeded pairs, one thread
# (about 2 minutes). Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/node.sh name-compare
bench_jar
"$JAVA_HOME/bin/java" -Xms1g -Xmx1g -cp bench/target/benchmarks.jar \
  org.mekong.bench.NameCompareBenchmark "$@"
