#!/usr/bin/env bash
# Builds the benchmarks and runs the phone fast path against libphonenumber (about 2 minutes).
# Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${JAVA_HOME:-}" ]]; then
  echo "JAVA_HOME must point at a JDK 21 or newer" >&2
  exit 2
fi
./mvnw -B -q -pl bench -am package -DskipTests
exec "$JAVA_HOME/bin/java" -jar bench/target/benchmarks.jar "$@"
