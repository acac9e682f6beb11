# Loads N synthetic casework persons with one case each straight into a node's embedded PostgreSQL,
# with the columns the API writes, for the case list benchmark. Source it, then call
# load_cases N with PSQL set to the psql command line (an array) of the node's database.
#
# Person i is created by mm-police (3 in 5), th-ccib or cn-mps-afc; of a nationality among CHN,
# VNM, MMR, THA, IDN, LAO; its latest consent is given (3 in 10), refused (1 in 10), an override
# (1 in 10) or absent. Case i is opened by the person's creator 5 minutes after case i-1, at one of
# 20 sites: reported missing (1 in 10), rescued (7 in 10) or identified and handed over (2 in 10) to
# th-immigration.
load_cases() {
  local N="$1"
  echo "loading $N cases ..."
  "${PSQL[@]}" <<SQL
SET synchronous_commit = off;
INSERT INTO casework_site (id, created_by, record)
SELECT md5('bench-site-' || k)::uuid, 'mm-police',
       jsonb_build_object('id', md5('bench-site-' || k)::uuid, 'name', 'Bench compound ' || k,
                          'kind', 'scam-compound', 'country', 'MM')
FROM generate_series(1, 20) AS k;
CREATE TEMP TABLE bench_case AS
SELECT i,
       (ARRAY['mm-police', 'mm-police', 'mm-police', 'th-ccib', 'cn-mps-afc'])[1 + i % 5] AS creator,
       (ARRAY['CHN', 'VNM', 'MMR', 'THA', 'IDN', 'LAO'])[1 + (i * 7) % 6] AS nationality,
       md5('bench-person-' || i)::uuid AS person,
       md5('bench-case-' || i)::uuid AS id,
       timestamptz '2024-01-01 00:00:00+00' + i * interval '5 minutes' AS at,
       md5('bench-site-' || (1 + i % 20))::uuid AS site,
       CASE WHEN i % 10 = 9 THEN 'reported-missing' WHEN i % 10 IN (7, 8) THEN 'handed-over'
            ELSE 'rescued' END AS state
FROM generate_series(0, $N - 1) AS i;
INSERT INTO casework_person (id, created_by, created_at, record, name_keys, document_keys,
    nationalities, sex)
SELECT person, creator, at,
       jsonb_build_object('names', jsonb_build_array('Bench Person ' || i), 'sex', 'female',
                          'nationalities', jsonb_build_array(nationality)),
       '{}', '{}', ARRAY[nationality], 'female'
FROM bench_case;
INSERT INTO casework_consent (person_id, kind, recorded_by, recorded_by_person, at, legal_basis)
SELECT person, CASE WHEN i % 10 < 3 THEN 'given' WHEN i % 10 = 3 THEN 'refused' ELSE 'override' END,
       creator, 'Bench officer', at, CASE WHEN i % 10 = 4 THEN 'Bench court order' END
FROM bench_case WHERE i % 10 < 5;
INSERT INTO casework_case (id, person_id, opened_by, opened_at, state)
SELECT id, person, creator, at, state FROM bench_case;
INSERT INTO casework_event (case_id, seq, kind, agency, receiver, record)
SELECT id, 0, CASE WHEN state = 'reported-missing' THEN state ELSE 'rescued' END, creator, NULL,
       jsonb_build_object('type', CASE WHEN state = 'reported-missing' THEN state ELSE 'rescued' END,
                          'agency', creator, 'actingPerson', 'Bench officer', 'at', at,
                          'site', site, 'place', 'Myawaddy')
FROM bench_case;
INSERT INTO casework_event (case_id, seq, kind, agency, receiver, record)
SELECT id, 1, 'identified', creator, NULL,
       jsonb_build_object('type', 'identified', 'agency', creator, 'actingPerson', 'Bench officer',
                          'at', at + interval '1 minute', 'place', 'Mae Sot')
FROM bench_case WHERE state = 'handed-over';
INSERT INTO casework_event (case_id, seq, kind, agency, receiver, record)
SELECT id, 2, 'handed-over', creator, 'th-immigration',
       jsonb_build_object('type', 'handed-over', 'agency', creator, 'actingPerson', 'Bench officer',
                          'at', at + interval '2 minutes', 'place', 'Friendship Bridge',
                          'receivingAgency', 'th-immigration')
FROM bench_case WHERE state = 'handed-over';
VACUUM ANALYZE casework_person;
VACUUM ANALYZE casework_consent;
VACUUM ANALYZE casework_case;
VACUUM ANALYZE casework_event;
SQL
}
