-- Federation between nodes: partner agencies known here, the partners this node pulls from, the
-- keys its agencies hold there, where each pull stands, and what was refused. See docs/federation.md.

-- The node a remote agency belongs to; null for this node's own agencies.
ALTER TABLE agency ADD COLUMN node text CHECK (node ~ '^[a-z][a-z0-9-]{1,31}$');

-- Provenance of a version received from a partner (null for this node's own objects), and the
-- local agencies that received it: local bookkeeping, not part of the STIX object. For TLP:AMBER,
-- AMBER+STRICT and RED they count as recipients of the marking on this node.
ALTER TABLE indicator_version
    ADD COLUMN origin_node   text,
    ADD COLUMN received_from text,
    ADD COLUMN received_by   text[] NOT NULL DEFAULT '{}';
ALTER TABLE indicator
    ADD COLUMN origin_node   text,
    ADD COLUMN received_from text,
    ADD COLUMN received_by   text[] NOT NULL DEFAULT '{}';

-- A partner node whose TAXII collection this node pulls.
CREATE TABLE federation_partner (
    name          text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9-]{1,31}$'),
    url           text NOT NULL,
    poll_interval integer NOT NULL CHECK (poll_interval BETWEEN 1 AND 3600),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- The key a local agency holds at the partner, as given (the partner keeps only its hash).
CREATE TABLE federation_credential (
    partner   text NOT NULL REFERENCES federation_partner (name) ON DELETE CASCADE,
    agency_id text NOT NULL REFERENCES agency (id),
    api_key   text NOT NULL,
    PRIMARY KEY (partner, agency_id)
);

-- Where the pull for one local agency from one partner stands: the last page's date added,
-- written in the transaction that stored the page.
CREATE TABLE federation_cursor (
    partner     text NOT NULL REFERENCES federation_partner (name) ON DELETE CASCADE,
    agency_id   text NOT NULL REFERENCES agency (id),
    added_after timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (partner, agency_id)
);

-- Objects of a partner's pages that were not stored, and why.
CREATE TABLE federation_refusal (
    id        bigserial PRIMARY KEY,
    partner   text NOT NULL REFERENCES federation_partner (name) ON DELETE CASCADE,
    object_id text NOT NULL,
    modified  text,
    agency_id text NOT NULL,
    reason    text NOT NULL CHECK (reason IN ('unknown-originator', 'own-object', 'not-addressed',
                                              'invalid-object', 'unsupported-type')),
    detail    text NOT NULL,
    at        timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX federation_refusal_by_partner ON federation_refusal (partner, id DESC);
