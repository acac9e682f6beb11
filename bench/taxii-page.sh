#!/usr/bin/env bash
# TAXII 2.1 pages of 1,000 objects from a collection of N indicators (loaded with SQL, as one bulk
# load): walking the collection with next, and pages added_after instants spread over it. Prints
# the latency distribution and the ratio of the p95 to the goal (200 ms).
# Usage: bench/taxii-page.sh [INDICATORS] [PAGES] [ADDED_AFTER_REQUESTS]   (default 1000000 300 100)
# Needs JAVA_HOME pointing at a JDK 21 or newer, and psql.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
PAGES="${2:-300}"
JUMPS="${3:-100}"
PORT="${BENCH_PORT:-18195}"
COLLECTION=7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11
source bench/lib/node.sh taxii-page
bench_jar

start_node --indicators 0
echo "loading $N domain indicators ..."
# Domain s is taxii-s.top, by th-ccib, TLP:GREEN; one version each, date_added as stored.
"${PSQL[@]}" <<SQL
SET synchronous_commit = off;
WITH v AS (
  INSERT INTO indicator_version (id, version, selector_type, selector_key, selector_id, categories,
      confidence, tlp, handling, restrictions, evaluation, recipients, originator, description,
      external_refs, valid_from, valid_until, revoked, created, modified, change_seq)
  SELECT 'indicator--' || md5('taxii-' || s)::uuid, 1, 'domain', 'taxii-' || s || '.top',
         'x--' || md5('taxii-selector-' || s)::uuid, '{gambling}', 70::smallint, 'green',
         '{H0}', '{}', 'X4', '{}', 'th-ccib', NULL, '[]'::jsonb, t.at, NULL, false, t.at, t.at,
         nextval('indicator_change_seq')
  FROM generate_series(0::bigint, $N::bigint - 1) AS s,
       (SELECT date_trunc('second', now()) - interval '1 day' AS at) t
  RETURNING *
)
INSERT INTO indicator SELECT id, version, selector_type, selector_key, selector_id, categories,
    confidence, tlp, handling, restrictions, evaluation, recipients, originator, description,
    external_refs, valid_from, valid_until, revoked, created, modified, change_seq FROM v;
SQL
"${PSQL[@]}" -c "VACUUM ANALYZE indicator" >/dev/null
"${PSQL[@]}" -c "VACUUM ANALYZE indicator_version" >/dev/null
RANGE=$("${PSQL[@]}" -F' ' -c "SELECT to_char(min(date_added) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), to_char(max(date_added) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') FROM indicator_version WHERE selector_key LIKE 'taxii-%'")
# Restart, so the screening watch list is built from the database and idle while measuring.
stop_node
start_node --indicators 0
KEY=$(agency_key th-amlo)
# the watch list counts are shown to the admin, not to a screening client
ADMIN=$(admin_key)
for _ in $(seq 1 1800); do
  READY=$(curl -sf -H "Authorization: Bearer $ADMIN" "localhost:$PORT/api/v1/screen/status" 2>/dev/null \
    | python3 -c "import json,sys;s=json.load(sys.stdin);print(1 if s['ready'] and s['indicators']>=$N else 0)" 2>/dev/null || echo 0)
  [[ "$READY" == 1 ]] && break
  sleep 0.5
done
echo "collection: $N indicators, date_added $RANGE; reader th-amlo"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/benchmarks.jar org.mekong.bench.TaxiiPageBench \
  "http://localhost:$PORT" "$KEY" "$COLLECTION" "$PAGES" "$JUMPS" $RANGE
