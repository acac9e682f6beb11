-- Indicators published from a case's recruitment record (docs/casework.md): which recruiter
-- contact of the case's person became which indicator, published by whom and when. The
-- indicator itself lives in the indicator tables; this row is the link back to the case.

CREATE TABLE casework_recruiter_indicator (
    case_id       uuid NOT NULL REFERENCES casework_case (id) ON DELETE CASCADE,
    indicator_id  text NOT NULL,
    recruiter     int NOT NULL,
    published_by  text NOT NULL REFERENCES agency (id),
    published_at  timestamptz NOT NULL,
    PRIMARY KEY (case_id, indicator_id)
);

-- Duplicates and person searches read the in-memory index of known people (PeopleIndex), which
-- loads the stored keys once; the GIN indexes over them only slowed every write of a person.
DROP INDEX casework_person_by_name_key;
DROP INDEX casework_person_by_document;
