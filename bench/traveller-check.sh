#!/usr/bin/env bash
# Builds the benchmarks and runs traveller checks against 1,000,000 listed persons on two threads,
# in process (candidate lookup + comparator), with a linear scan with the same comparator as the
# baseline. Arguments (optional): listed checks threads linear-checks. Needs JAVA_HOME (JDK >= 21).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${JAVA_HOME:-}" ]]; then
  echo "JAVA_HOME must point at a JDK 21 or newer" >&2
  exit 2
fi
./mvnw -B -q -pl bench -am package -DskipTests
exec "$JAVA_HOME/bin/java" -Xms6g -Xmx6g -cp bench/target/benchmarks.jar \
  org.mekong.bench.TravellerCheckBench "$@"
