-- Keys shared between the node and a screening client for privacy-preserving screening: the
-- client's list export and its confirmations are keyed hashes under them. Version n+1 replaces
-- version n; the previous version stays valid for confirmations for a grace period.
CREATE TABLE screening_key (
    agency   text NOT NULL REFERENCES agency (id),
    version  integer NOT NULL CHECK (version >= 1),
    secret   bytea NOT NULL CHECK (octet_length(secret) = 32),
    created  timestamptz NOT NULL,
    PRIMARY KEY (agency, version)
);
