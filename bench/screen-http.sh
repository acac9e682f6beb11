#!/usr/bin/env bash
# Screening through the HTTP API: 10,000-item batches of phones (and domains, URLs) posted to
# /api/v1/screen by a client on the same machine, against a watch list of N phone indicators
# (and N/10 domains), and — as the baseline in the same run — the same batches answered by an
# indexed PostgreSQL "selector_key = ANY(array)" query. Prints selectors/s and the ratio.
# Usage: bench/screen-http.sh [PHONES] [SECONDS]   (default 1000000 20)
# Needs JAVA_HOME pointing at a JDK 21 or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000000}"
SECONDS_EACH="${2:-20}"
PORT="${BENCH_PORT:-18193}"
source bench/lib/node.sh screen-http
bench_jar

start_node --indicators 0
KEY=$(agency_key th-chaophraya-mobile)
PUBLISHER=$(agency_key th-ccib)

# Phone indicator s is +668 followed by (s * 7919) mod 10^8 in 8 digits; domain s is bench-s.top.
load() { # TYPE COUNT KEY_SQL
  "${PSQL[@]}" <<SQL
SET synchronous_commit = off;
WITH v AS (
  INSERT INTO indicator_version (id, version, selector_type, selector_key, selector_id, categories,
      confidence, tlp, handling, restrictions, evaluation, recipients, originator, description,
      external_refs, valid_from, valid_until, revoked, created, modified, change_seq)
  SELECT 'indicator--' || md5('bench-$1-' || s)::uuid, 1, '$1', $3,
         'x--' || md5('bench-selector-$1-' || s)::uuid, '{fraud.loan}', 70::smallint, 'green',
         '{H0}', '{}', 'X4', '{}', 'th-ccib', NULL, '[]'::jsonb, t.at, NULL, false, t.at, t.at,
         nextval('indicator_change_seq')
  FROM generate_series(0::bigint, $2::bigint - 1) AS s,
       (SELECT date_trunc('second', now()) - interval '1 day' AS at) t
  RETURNING *
)
INSERT INTO indicator SELECT id, version, selector_type, selector_key, selector_id, categories,
    confidence, tlp, handling, restrictions, evaluation, recipients, originator, description,
    external_refs, valid_from, valid_until, revoked, created, modified, change_seq FROM v;
SQL
}
echo "loading $N phone and $((N / 10)) domain indicators ..."
load phone "$N" "'+668' || lpad(((s * 7919) % 100000000)::text, 8, '0')"
load domain "$((N / 10))" "'bench-' || s || '.top'"
"${PSQL[@]}" -c "VACUUM ANALYZE indicator" >/dev/null
TOTAL=$((N + N / 10))
# Restart, so the watch list is built from the database as at start-up.
stop_node
T=$(date +%s.%N)
start_node --indicators 0
for _ in $(seq 1 1800); do
  READY=$(curl -sf -H "Authorization: Bearer $KEY" "localhost:$PORT/api/v1/screen/status" 2>/dev/null \
    | python3 -c "import json,sys;s=json.load(sys.stdin);print(1 if s['ready'] and s['indicators']>=$TOTAL else 0)" 2>/dev/null || echo 0)
  [[ "$READY" == 1 ]] && break
  kill -0 "$NODE" 2>/dev/null || { cat "$WORK/node.log" >&2; exit 1; }
  sleep 0.5
done
curl -sf -H "Authorization: Bearer $KEY" "localhost:$PORT/api/v1/screen/status"; echo
echo "restart to a ready watch list of $TOTAL indicators: $(python3 -c "import time;print(round(time.time()-$T,1))") s"
"$JAVA_HOME/bin/java" -Xmx2g -cp bench/target/benchmarks.jar org.mekong.bench.ScreenHttpBench \
  "http://localhost:$PORT" "$KEY" "jdbc:postgresql://127.0.0.1:$PGPORT/postgres?user=postgres" \
  "$N" "$SECONDS_EACH" "$PUBLISHER"
