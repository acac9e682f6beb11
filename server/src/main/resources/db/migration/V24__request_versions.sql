-- Requests travel between nodes as versioned STIX objects (docs/decisions/0053): the request to an
-- agency of a partner node, and the recipient's steps back to the sender's node. Versions are
-- read as indicator and legal versions are: by date_added, ties broken by change_seq from the
-- indicators' sequence, so that one TAXII cursor orders all of them.

-- Where a request received from a partner came from (null for this node's own): the sender's
-- node and the partner it was pulled from; and on the sender's node, the last response version
-- applied (0 before any).
ALTER TABLE agency_request
    ADD COLUMN origin_node      text,
    ADD COLUMN received_from    text,
    ADD COLUMN response_version integer NOT NULL DEFAULT 0 CHECK (response_version >= 0);

-- Every version of a request object (kind 'request') or of its response ('response'). A version
-- made here has audience_node, the one partner node it is addressed to (the recipient's for a
-- request, the sender's for a response), and origin_node null; a received one keeps its origin and
-- is never served again.
CREATE TABLE request_version (
    id            uuid NOT NULL REFERENCES agency_request (id),
    kind          text NOT NULL CHECK (kind IN ('request', 'response')),
    version       integer NOT NULL CHECK (version >= 1),
    modified      timestamptz NOT NULL,
    object        jsonb NOT NULL,
    audience_node text,
    origin_node   text,
    received_from text,
    change_seq    bigint NOT NULL DEFAULT nextval('indicator_change_seq'),
    date_added    timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (id, kind, version),
    CHECK ((audience_node IS NULL) <> (origin_node IS NULL))
);
CREATE INDEX request_version_by_added ON request_version (date_added, change_seq)
    WHERE audience_node IS NOT NULL;
