-- People who log in to the console: each acts for one agency of this node, with one role.
-- Passwords are stored only as Argon2 hashes; the TOTP secret is required for supervisors and
-- node admins. Failed logins lock the account for a while after too many in a row.
CREATE TABLE console_account (
    id              uuid PRIMARY KEY,
    agency_id       text NOT NULL REFERENCES agency (id),
    username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
    password_hash   text NOT NULL,
    role            text NOT NULL CHECK (role IN ('analyst', 'supervisor', 'border-officer',
                                                  'screening-operator', 'node-admin')),
    totp_secret     text,
    totp_last_step  bigint NOT NULL DEFAULT 0,
    failed_logins   integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (role NOT IN ('supervisor', 'node-admin') OR totp_secret IS NOT NULL)
);
CREATE INDEX console_account_agency ON console_account (agency_id);
