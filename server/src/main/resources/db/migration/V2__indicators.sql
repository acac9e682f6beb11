-- Sharing agreements: which categories an agency shares with which other agency, up to which TLP.
CREATE TABLE sharing_agreement (
    from_agency text NOT NULL,
    to_agency   text NOT NULL,
    categories  text[] NOT NULL CHECK (cardinality(categories) > 0),
    up_to       text NOT NULL CHECK (up_to IN ('amber', 'amber+strict')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (from_agency, to_agency),
    CHECK (from_agency <> to_agency)
);

-- Every version of every indicator, as published. Never updated, never deleted.
CREATE TABLE indicator_version (
    id            text NOT NULL,
    version       integer NOT NULL CHECK (version > 0),
    selector_type text NOT NULL,
    selector_key  text NOT NULL,
    selector_id   text NOT NULL,
    categories    text[] NOT NULL CHECK (cardinality(categories) > 0),
    confidence    smallint NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    tlp           text NOT NULL,
    handling      text[] NOT NULL,
    restrictions  text[] NOT NULL,
    evaluation    text NOT NULL,
    recipients    text[] NOT NULL,
    originator    text NOT NULL,
    description   text,
    external_refs jsonb NOT NULL,
    valid_from    timestamptz NOT NULL,
    valid_until   timestamptz,
    revoked       boolean NOT NULL,
    created       timestamptz NOT NULL,
    modified      timestamptz NOT NULL,
    change_seq    bigint NOT NULL,
    date_added    timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (id, version)
);

CREATE SEQUENCE indicator_change_seq;

-- The current version of each indicator, plus its sighting counts. The inverted index on the
-- selector key is the correlation index: one row per indicator, never a table of pairs.
CREATE TABLE indicator (
    id            text PRIMARY KEY,
    version       integer NOT NULL,
    selector_type text NOT NULL,
    selector_key  text NOT NULL,
    selector_id   text NOT NULL,
    categories    text[] NOT NULL,
    confidence    smallint NOT NULL,
    tlp           text NOT NULL,
    handling      text[] NOT NULL,
    restrictions  text[] NOT NULL,
    evaluation    text NOT NULL,
    recipients    text[] NOT NULL,
    originator    text NOT NULL,
    description   text,
    external_refs jsonb NOT NULL,
    valid_from    timestamptz NOT NULL,
    valid_until   timestamptz,
    revoked       boolean NOT NULL,
    created       timestamptz NOT NULL,
    modified      timestamptz NOT NULL,
    change_seq    bigint NOT NULL,
    seen          bigint NOT NULL DEFAULT 0,
    false_positive bigint NOT NULL DEFAULT 0,
    true_positive bigint NOT NULL DEFAULT 0,
    expired       bigint NOT NULL DEFAULT 0,
    last_sighted  timestamptz,
    UNIQUE (originator, selector_type, selector_key)
);
CREATE INDEX indicator_by_selector ON indicator (selector_key);
CREATE INDEX indicator_by_change ON indicator (change_seq);

CREATE TABLE sighting (
    id           uuid PRIMARY KEY,
    indicator_id text NOT NULL REFERENCES indicator (id),
    kind         text NOT NULL CHECK (kind IN ('seen', 'false-positive', 'true-positive', 'expired')),
    reporter     text,
    anonymous    boolean NOT NULL,
    observed_at  timestamptz NOT NULL,
    note         text,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sighting_by_indicator ON sighting (indicator_id, recorded_at);
