-- TAXII reads versions in the order the node stored them: by date_added, ties broken by the
-- version row's change_seq (unique, from indicator_change_seq). See docs/decisions/0015.
CREATE INDEX indicator_version_by_added ON indicator_version (date_added, change_seq);

-- The status of each TAXII "add objects" request, kept so that clients can ask for it later.
CREATE TABLE taxii_status (
    id          uuid PRIMARY KEY,
    api_root    text NOT NULL,
    requester   text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    body        jsonb NOT NULL
);
