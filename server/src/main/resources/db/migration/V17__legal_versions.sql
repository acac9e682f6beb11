-- Legal records travel between nodes as versioned STIX objects (docs/decisions/0042). Every change
-- of a record is a version; the TAXII collection reads versions in the order the node stored them,
-- as it reads indicator versions: by date_added, ties broken by change_seq, drawn from the same
-- sequence as the indicators', so that one cursor orders both.

-- The record's current version, and where a record received from a partner came from (null for
-- this node's own): the originator's node, the partner it was pulled from, and the local agencies
-- that received it (for TLP:AMBER, AMBER+STRICT and RED they count as recipients on this node).
ALTER TABLE legal_record
    ADD COLUMN version       integer NOT NULL DEFAULT 1 CHECK (version >= 1),
    ADD COLUMN origin_node   text,
    ADD COLUMN received_from text,
    ADD COLUMN received_by   text[] NOT NULL DEFAULT '{}';

-- Every version of every record. shared is false for a notice that was never approved (a draft, or
-- cancelled as a draft): such a version never leaves the node.
CREATE TABLE legal_version (
    id            uuid NOT NULL REFERENCES legal_record (id),
    version       integer NOT NULL CHECK (version >= 1),
    kind          text NOT NULL,
    originator    text NOT NULL REFERENCES agency (id),
    created       timestamptz NOT NULL,
    modified      timestamptz NOT NULL,
    marking       jsonb NOT NULL,
    categories    text[] NOT NULL,
    body          jsonb NOT NULL,
    shared        boolean NOT NULL,
    origin_node   text,
    received_from text,
    change_seq    bigint NOT NULL DEFAULT nextval('indicator_change_seq'),
    date_added    timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (id, version)
);
CREATE INDEX legal_version_by_added ON legal_version (date_added, change_seq);

-- The records written before versions existed are their own first version.
INSERT INTO legal_version (id, version, kind, originator, created, modified, marking, categories,
                           body, shared)
SELECT id, 1, kind, originator, created, modified, marking, categories, body,
       kind <> 'notice' OR body -> 'review' ->> 'status' = 'published'
           OR (body -> 'review' ->> 'status' = 'cancelled' AND body -> 'review' ? 'approved')
FROM legal_record;
