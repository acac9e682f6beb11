-- Agencies that take part through this node, and the API keys they authenticate with.
CREATE TABLE agency (
    id         text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{1,63}$'),
    name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    country    char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    kind       text NOT NULL CHECK (kind IN ('law-enforcement', 'immigration', 'consular',
                                             'financial-intelligence', 'screening-client')),
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Keys are stored only as SHA-256 hashes of their 256-bit random secret.
-- An admin key belongs to the node's operator rather than to an agency.
CREATE TABLE api_key (
    id         uuid PRIMARY KEY,
    agency_id  text REFERENCES agency (id),
    admin      boolean NOT NULL DEFAULT false,
    key_hash   bytea NOT NULL UNIQUE CHECK (length(key_hash) = 32),
    label      text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz,
    CHECK (admin <> (agency_id IS NOT NULL))
);
CREATE INDEX api_key_agency ON api_key (agency_id);

-- The audit log: append-only, each entry chained to the one before by SHA-256.
CREATE TABLE audit_log (
    seq         bigint PRIMARY KEY CHECK (seq > 0),
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    object_type text NOT NULL,
    object_id   text NOT NULL,
    outcome     text NOT NULL,
    prev_hash   bytea NOT NULL CHECK (length(prev_hash) = 32),
    hash        bytea NOT NULL CHECK (length(hash) = 32)
);

-- The chain's head: the last sequence number and hash, updated with every append,
-- so that entries removed from the end are detected too.
CREATE TABLE audit_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    seq       bigint NOT NULL,
    hash      bytea NOT NULL CHECK (length(hash) = 32)
);
INSERT INTO audit_head (seq, hash) VALUES (0, decode(repeat('00', 32), 'hex'));

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
