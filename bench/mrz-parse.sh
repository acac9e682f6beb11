#!/usr/bin/env bash
# Builds the benchmarks and runs the MRZ parser against a regular-expression baseline on one
# million seeded zones, one thread (about 2 minutes). Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${JAVA_HOME:-}" ]]; then
  echo "JAVA_HOME must point at a JDK 21 or newer" >&2
  exit 2
fi
./mvnw -B -q -pl bench -am package -DskipTests
exec "$JAVA_HOME/bin/java" -Xms2g -Xmx2g -cp bench/target/benchmarks.jar \
  org.mekong.bench.MrzParserBenchmark "$@"
