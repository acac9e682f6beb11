#!/usr/bin/env bash
# Builds the benchmarks and runs the phone fast path against libphonenumber (about 2 minutes).
# Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/node.sh phone-fast-path
bench_jar
"$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar "$@"
