#!/usr/bin/env bash
# Builds the benchmarks and screens synthetic names against an index of 1,000,000 names on two
# threads, with a linear scan with the same comparator as the baseline. Arguments (optional):
# names queries threads slice-for-linear. Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/node.sh name-index
bench_jar
"$JAVA_HOME/bin/java" -Xms6g -Xmx6g -cp bench/target/benchmarks.jar \
  org.mekong.bench.NameIndexBench "$@"
