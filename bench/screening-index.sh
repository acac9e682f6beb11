#!/usr/bin/env bash
# Builds the benchmarks and runs the screening index against a HashSet of strings on
# 10 million phones (about 3 minutes). Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/node.sh screening-index
bench_jar
"$JAVA_HOME/bin/java" -Xms6g -Xmx6g -cp bench/target/benchmarks.jar \
  org.mekong.bench.ScreeningIndexBenchmark "$@"
