-- Casework records travel between nodes as versioned STIX objects of Mekong's own types
-- (docs/decisions/0050). Each change a partner node may see is a version addressed to an explicit
-- audience (partner nodes' agencies), read in the order the node stored them with the indicator and
-- legal versions: by date_added, ties broken by change_seq, drawn from the indicators' sequence.
CREATE TABLE casework_version (
    change_seq  bigint PRIMARY KEY DEFAULT nextval('indicator_change_seq'),
    stix_id     text NOT NULL,
    kind        text NOT NULL,
    version     integer NOT NULL CHECK (version >= 1),
    originator  text NOT NULL REFERENCES agency (id),
    modified    timestamptz NOT NULL,
    audience    text[] NOT NULL CHECK (cardinality(audience) > 0),
    object      jsonb NOT NULL,
    date_added  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX casework_version_by_added ON casework_version (date_added, change_seq);
CREATE INDEX casework_version_by_record ON casework_version (stix_id, change_seq);

-- What this node received of a partner's casework record, per local agency it was addressed to:
-- the originator (a partner node's agency), its node, the partner it came from, the version, and,
-- for a person, the fields it carried and the legal basis of the disclosure. The record itself is
-- stored in the casework tables under its originator.
CREATE TABLE casework_received (
    stix_id        text NOT NULL,
    record_id      uuid NOT NULL,
    agency         text NOT NULL REFERENCES agency (id),
    originator     text NOT NULL REFERENCES agency (id),
    origin_node    text NOT NULL,
    received_from  text NOT NULL,
    version        integer NOT NULL,
    modified       timestamptz NOT NULL,
    fields         text[] NOT NULL,
    basis          text,
    PRIMARY KEY (stix_id, agency)
);
CREATE INDEX casework_received_by_record ON casework_received (record_id);
