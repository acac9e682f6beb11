#!/usr/bin/env bash
# The full-size fuzz runs: 1,000,000 seeded inputs through every parser of outside input in core
# (ParserFuzzTest) and 100,000 seeded requests through the HTTP endpoints of a running node
# (HttpFuzzTest; the suite runs 20,000). Prints each run's count, time and seed; a failure names
# the seed, which replays the run: bench/fuzz.sh SEED.
# Usage: bench/fuzz.sh [SEED] [HTTP_REQUESTS]   (default: a new seed, 100000). Needs JAVA_HOME (JDK 21+).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/node.sh fuzz
SEED="${1:-$(date +%s%N)}"
REQUESTS="${2:-100000}"
./mvnw -B -q -pl server -am verify \
  -Dtest='ParserFuzzTest,HttpFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dmekong.fuzz.seed="$SEED" -Dmekong.fuzz.core.inputs=1000000 \
  -Dmekong.fuzz.http.requests="$REQUESTS"
for report in core/target/surefire-reports/*ParserFuzzTest-output.txt \
  server/target/surefire-reports/*HttpFuzzTest-output.txt; do
  grep -h 'fuzz:' "$report" || true
done
