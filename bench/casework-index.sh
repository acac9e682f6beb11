#!/usr/bin/env bash
# Casework's in-memory index of known people: a 10,000-row list matched for duplicates against
# 1,000,000 known people (read as CSV, each row matched then added, as the import does) and person
# searches by name and birth date, without HTTP; the baseline in the same run is a linear scan with
# the same comparator over a slice, extrapolated. Prints rows/s, latencies and the ratios.
# Usage: bench/casework-index.sh [KNOWN] [ROWS] [SLICE] [BASELINE_ROWS] [SEARCHES]
# Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/node.sh casework-index
bench_jar
"$JAVA_HOME/bin/java" -Xms6g -Xmx6g -cp bench/target/benchmarks.jar \
  org.mekong.bench.CaseworkIndexBench "$@"
