#!/usr/bin/env bash
# Correlation lookups and storage at N indicators: p50/p95/p99/max of the correlation and selector
# search endpoints, the same lookup in PostgreSQL alone, bytes per indicator, and, as the baseline
# in the same run, a MISP-style table of correlation pairs built from the same data.
# Usage: bench/correlation.sh [INDICATORS]   (default 10000000)
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-10000000}"
CHUNK=1000000
HITS="${BENCH_HITS:-5000}"
MISSES="${BENCH_MISSES:-1000}"
PORT="${BENCH_PORT:-18191}"
source bench/lib/node.sh correlation
T_START=$(seconds)

start_node --indicators 0
KEY=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['agencies'][1]['apiKey'])" "$WORK/node/credentials.json")
echo "node on port $PORT, PostgreSQL $("${PSQL[@]}" -c 'SHOW server_version') on port $PGPORT"

source bench/lib/load-indicators.sh
T_LOAD=$(seconds)
load_indicators "$N" "$CHUNK"
printf 'loaded and vacuumed in %.0f s\n' "$(python3 -c "print($T_LOADED - $T_LOAD)")"

# The number of distinct selectors, from the layout above.
S=$(python3 -c "
n = $N - 1; b, r = divmod(n, 43)
print((40 * b if r < 3 else 40 * b + 1 if r < 5 else 40 * b + r - 3) + 1)")

echo
echo "== through the API: sequential requests on one keep-alive connection"
python3 - "$PORT" "$KEY" "$S" "$HITS" "$MISSES" <<'PY'
import http.client, json, random, sys, time
port, key, s_count, hits, misses = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rnd = random.Random(20261129)
def existing():
    return "+668%08d" % (rnd.randrange(s_count) * 7919 % 100000000)
def absent():
    return "+669%08d" % rnd.randrange(100000000)   # every loaded key starts +668
conn = http.client.HTTPConnection("127.0.0.1", port)
headers = {"Authorization": "Bearer " + key}
def get(path):
    t = time.perf_counter_ns()
    conn.request("GET", path, headers=headers)
    resp = conn.getresponse()
    body = resp.read()
    elapsed = time.perf_counter_ns() - t
    if resp.status != 200:
        raise SystemExit("%s -> %d %s" % (path, resp.status, body[:300]))
    return elapsed, body
def correlation(sel): return "/api/v1/correlation?selector=%2B" + sel[1:] + "&type=phone"
def search(sel): return "/api/v1/indicators?selector=%2B" + sel[1:] + "&type=phone"
for _ in range(1500):   # warm-up: JIT, connection pool, caches of the code paths (not of these keys)
    get(correlation(existing())); get(search(absent()))
def pct(ns, p):
    ns = sorted(ns); return ns[min(len(ns) - 1, max(0, -(-len(ns) * p // 100) - 1))] / 1e6
def run(name, path, sels, expect_found):
    times, found = [], 0
    for sel in sels:
        t, body = get(path(sel))
        doc = json.loads(body)
        n = doc["indicators"] if "indicators" in doc else len(doc["items"])
        if (n > 0) != expect_found:
            raise SystemExit("%s: %s gave %d indicators" % (name, sel, n))
        found += n
        times.append(t)
    print("%-34s %6d  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms  (%.2f indicators each)" % (
        name, len(times), pct(times, 50), pct(times, 95), pct(times, 99), max(times) / 1e6, found / len(times)))
    return pct(times, 99)
hit_sels = [existing() for _ in range(hits)]
miss_sels = [absent() for _ in range(misses)]
p99 = [run("correlation, existing selector", correlation, hit_sels, True),
       run("correlation, absent selector", correlation, miss_sels, False),
       run("search by selector, existing", search, hit_sels, True),
       run("search by selector, absent", search, miss_sels, False)]
print("worst p99 %.2f ms: target p99 < 10 ms %s" % (max(p99), "MET" if max(p99) < 10 else "NOT MET"))
# Floors on the same connection: health (no key, no database) and whoami (key check and the audit
# entry every authenticated request appends, but no indicator lookup).
for name, path in (("floor: /actuator/health", "/actuator/health"), ("floor: /api/v1/whoami", "/api/v1/whoami")):
    times = [get(path)[0] for _ in range(misses)]
    print("%-34s %6d  p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms" % (
        name, len(times), pct(times, 50), pct(times, 95), pct(times, 99), max(times) / 1e6))
PY

echo
echo "== in PostgreSQL alone"
SAMPLE=$("${PSQL[@]}" -c "SELECT selector_key FROM indicator WHERE selector_key = '+668' || lpad(((40 * ($S / 80) * 7919::bigint) % 100000000)::text, 8, '0') LIMIT 1")
echo "EXPLAIN (ANALYZE, BUFFERS) of the correlation query for $SAMPLE (a selector held by 3 agencies):"
"${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM indicator WHERE selector_key = '$SAMPLE' AND selector_type = 'phone'" | sed 's/^/  /'
echo "EXPLAIN (ANALYZE, BUFFERS) of the search query for the same selector:"
"${PSQL[@]}" -c "EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM indicator WHERE change_seq < 9223372036854775807 AND (originator = 'th-ccib' OR tlp <> 'red' OR 'th-ccib' = ANY(recipients)) AND NOT revoked AND selector_type = 'phone' AND selector_key = '$SAMPLE' ORDER BY change_seq DESC LIMIT 210" | sed 's/^/  /'
"${PSQL[@]}" <<SQL
CREATE TEMP TABLE lookup_time (kind text, ms double precision);
DO \$\$
DECLARE
  k text; t timestamptz; found int;
BEGIN
  PERFORM setseed(0.29);
  FOR n IN 1..$HITS + $MISSES LOOP
    IF n <= $HITS THEN
      k := '+668' || lpad(((floor(random() * $S)::bigint * 7919) % 100000000)::text, 8, '0');
    ELSE
      k := '+669' || lpad(floor(random() * 100000000)::bigint::text, 8, '0');
    END IF;
    t := clock_timestamp();
    SELECT count(*) INTO found FROM (SELECT * FROM indicator WHERE selector_key = k AND selector_type = 'phone') q;
    INSERT INTO lookup_time VALUES (CASE WHEN n <= $HITS THEN 'existing' ELSE 'absent' END,
                                    extract(epoch FROM clock_timestamp() - t) * 1000);
  END LOOP;
END
\$\$;
SELECT format('correlation query, %-8s %6s lookups  p50 %5s  p95 %5s  p99 %5s  max %6s ms', kind, count(*),
              round(percentile_cont(0.50) WITHIN GROUP (ORDER BY ms)::numeric, 3),
              round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 3),
              round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 3),
              round(max(ms)::numeric, 3))
FROM lookup_time GROUP BY kind ORDER BY kind DESC;
SQL

echo
echo "== storage at $N indicators"
"${PSQL[@]}" -F' ' <<SQL
-- each table, its heap, then each of its indexes as the migrations made them
SELECT format('%-34s %14s bytes  %7s bytes/indicator', name, to_char(bytes, 'FM999,999,999,999'), round(bytes::numeric / $N, 1))
FROM (
  SELECT t AS table_name, 0 AS part, t || ' (total)' AS name, pg_total_relation_size(t::regclass) AS bytes
  FROM unnest(ARRAY['indicator', 'indicator_version']) AS t
  UNION ALL
  SELECT t, 1, '  heap', pg_relation_size(t::regclass)
  FROM unnest(ARRAY['indicator', 'indicator_version']) AS t
  UNION ALL
  SELECT tablename, 2, '  ' || indexname, pg_relation_size(format('%I', indexname)::regclass)
  FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('indicator', 'indicator_version')
) AS sizes
ORDER BY table_name, part, name;
SQL

echo
echo "== baseline: a MISP-style table of correlation pairs for the same data"
# MISP's default_correlations: one row per correlating pair of attributes, 16 integer and 6 tinyint
# columns (the attribute, object, event, organisation, distributions and sharing groups of both
# sides and the value), a primary key and 6 secondary indexes. Built here in PostgreSQL from the
# same indicators, one row per ordered pair (a, b) with a <> b on the same selector.
"${PSQL[@]}" <<SQL
SET synchronous_commit = off;
CREATE TABLE bench_pair (
  id serial PRIMARY KEY,
  attribute_id integer NOT NULL, object_id integer NOT NULL, event_id integer NOT NULL,
  org_id integer NOT NULL, distribution smallint NOT NULL, object_distribution smallint NOT NULL,
  event_distribution smallint NOT NULL, sharing_group_id integer NOT NULL DEFAULT 0,
  object_sharing_group_id integer NOT NULL DEFAULT 0, event_sharing_group_id integer NOT NULL DEFAULT 0,
  a_attribute_id integer NOT NULL, a_object_id integer NOT NULL, a_event_id integer NOT NULL,
  a_org_id integer NOT NULL, a_distribution smallint NOT NULL, a_object_distribution smallint NOT NULL,
  a_event_distribution smallint NOT NULL, a_sharing_group_id integer NOT NULL DEFAULT 0,
  a_object_sharing_group_id integer NOT NULL DEFAULT 0, a_event_sharing_group_id integer NOT NULL DEFAULT 0,
  value_id integer NOT NULL);
CREATE TEMP TABLE shared AS
  SELECT i.change_seq::integer AS attr, dense_rank() OVER (ORDER BY i.selector_key)::integer AS value_id,
         (ARRAY['cn-mps-afc', 'th-ccib', 'mm-police', 'th-amlo'])::text[] AS orgs, i.originator
  FROM indicator i
  WHERE i.selector_key IN (SELECT selector_key FROM indicator GROUP BY selector_key HAVING count(*) > 1);
INSERT INTO bench_pair (attribute_id, object_id, event_id, org_id, distribution, object_distribution,
    event_distribution, a_attribute_id, a_object_id, a_event_id, a_org_id, a_distribution,
    a_object_distribution, a_event_distribution, value_id)
SELECT a.attr, 0, a.attr, array_position(a.orgs, a.originator), 5, 5, 1,
       b.attr, 0, b.attr, array_position(b.orgs, b.originator), 5, 5, 1, a.value_id
FROM shared a JOIN shared b ON a.value_id = b.value_id AND a.attr <> b.attr;
CREATE INDEX ON bench_pair (event_id);
CREATE INDEX ON bench_pair (attribute_id);
CREATE INDEX ON bench_pair (object_id);
CREATE INDEX ON bench_pair (org_id);
CREATE INDEX ON bench_pair (a_event_id);
CREATE INDEX ON bench_pair (a_attribute_id);
VACUUM ANALYZE bench_pair;
SELECT format('selectors held by k indicators: %s', string_agg(format('k=%s: %s', k, to_char(c, 'FM999,999,999')), ', ' ORDER BY k))
FROM (SELECT k, count(*) AS c FROM (SELECT count(*) AS k FROM indicator GROUP BY selector_key) x GROUP BY k) y;
WITH f AS (
  SELECT (SELECT count(*) FROM indicator) AS rows,
         (SELECT count(*) FROM bench_pair) AS pairs,
         pg_relation_size('indicator_by_selector') AS ours,
         pg_total_relation_size('bench_pair') AS theirs)
SELECT format(E'our correlation index: %s rows (one per indicator), %s bytes\n'
              'pair table:            %s rows = sum over selectors of k(k-1), %s bytes (%s bytes a pair)\n'
              'ratio: pairs / indicators = %s; our index bytes / pair table bytes = %s',
              to_char(rows, 'FM999,999,999'), to_char(ours, 'FM999,999,999,999'),
              to_char(pairs, 'FM999,999,999'), to_char(theirs, 'FM999,999,999,999'),
              round(theirs::numeric / greatest(pairs, 1), 1),
              round(pairs::numeric / rows, 3), round(ours::numeric / greatest(theirs, 1), 2))
FROM f;
DROP TABLE bench_pair;
SQL

echo
printf 'load average at end: %s; total run time %.0f s\n' "$(cut -d' ' -f1-3 /proc/loadavg)" "$(python3 -c "print($(seconds) - $T_START)")"
