-- Retention (docs/casework.md): one row per person whose personal data was purged, written in the
-- purge's own transaction, so a purge is never repeated and its audit entry, appended after the
-- commit, is appended by the next run if the node stopped in between. Holds ids and counts only.

CREATE TABLE casework_purge (
    person_id  uuid PRIMARY KEY,
    purged_at  timestamptz NOT NULL,
    outcome    text NOT NULL,
    audited    boolean NOT NULL DEFAULT false
);
CREATE INDEX casework_purge_unaudited ON casework_purge (person_id) WHERE NOT audited;
