#!/usr/bin/env bash
# Builds the benchmarks and runs traveller checks against 1,000,000 listed persons on two threads,
# in process (candidate lookup + comparator), with a linear scan with the same comparator as the
# baseline. Arguments (optional): listed checks threads linear-checks. Needs JAVA_HOME (JDK >= 21).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/node.sh traveller-check
bench_jar
"$JAVA_HOME/bin/java" -Xms6g -Xmx6g -cp bench/target/benchmarks.jar \
  org.mekong.bench.TravellerCheckBench "$@"
