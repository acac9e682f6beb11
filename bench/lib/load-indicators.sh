# Loads N synthetic phone indicators straight into a node's embedded PostgreSQL, exactly as the API
# writes them, for the benchmarks that need a registry of millions. Source it, then call
# load_indicators N CHUNK with PSQL set to the psql command line (an array) of the node's database.
#
# Indicator i (0-based) sits on selector s: in every block of 43 indicators, selector 40b is held
# by 3 originators, 40b+1 by 2, and 40b+2 ... 40b+39 by one each, so 5 % of the selectors are
# shared. Selector s is the Thai mobile number +668 followed by (s * 7919) mod 10^8 in 8 digits
# (a bijection, so neighbouring selectors are not neighbouring keys).
load_indicators() {
  local N="$1" CHUNK="$2" lo hi t
  echo "loading $N indicators in chunks of $CHUNK ..."
  for ((lo = 0; lo < N; lo += CHUNK)); do
    hi=$((lo + CHUNK < N ? lo + CHUNK : N))
    t=$(seconds)
    "${PSQL[@]}" <<SQL
SET synchronous_commit = off;
WITH g AS (
  SELECT i, i / 43 AS b, i % 43 AS r FROM generate_series($lo::bigint, $hi::bigint - 1) AS i
), m AS (
  SELECT i,
         CASE WHEN r < 3 THEN 40 * b WHEN r < 5 THEN 40 * b + 1 ELSE 40 * b + r - 3 END AS s,
         CASE WHEN r < 3 THEN r WHEN r < 5 THEN r - 3 ELSE 0 END AS j
  FROM g
), v AS (
  INSERT INTO indicator_version (id, version, selector_type, selector_key, selector_id, categories,
      confidence, tlp, handling, restrictions, evaluation, recipients, originator, description,
      external_refs, valid_from, valid_until, revoked, created, modified, change_seq)
  SELECT 'indicator--' || md5('bench-indicator-' || i)::uuid, 1, 'phone',
         '+668' || lpad(((s * 7919) % 100000000)::text, 8, '0'),
         'phone-number--' || md5('bench-selector-' || s)::uuid,
         '{fraud.loan}', (40 + i % 60)::smallint, 'green', '{H0}', '{}', 'X4', '{}',
         (ARRAY['cn-mps-afc', 'th-ccib', 'mm-police', 'th-amlo'])[1 + (s + j) % 4],
         NULL, '[]'::jsonb, t.at, NULL, false, t.at, t.at, nextval('indicator_change_seq')
  FROM m, (SELECT date_trunc('second', now()) - interval '1 day' AS at) t
  RETURNING *
)
INSERT INTO indicator (id, version, selector_type, selector_key, selector_id, categories,
    confidence, tlp, handling, restrictions, evaluation, recipients, originator, description,
    external_refs, valid_from, valid_until, revoked, created, modified, change_seq)
SELECT id, version, selector_type, selector_key, selector_id, categories, confidence, tlp,
       handling, restrictions, evaluation, recipients, originator, description, external_refs,
       valid_from, valid_until, revoked, created, modified, change_seq
FROM v;
SQL
    printf '  %10d indicators  (%.1f s, load average %s)\n' "$hi" "$(python3 -c "print($(seconds) - $t)")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
  "${PSQL[@]}" -c "VACUUM ANALYZE indicator" -c "VACUUM ANALYZE indicator_version"
  T_LOADED=$(seconds)
}
