-- Legal records: legal actions, expulsion orders, entry bans and notices. One row per record: the
-- envelope that sharing and listing need as columns, the record itself as JSON (its shape is the
-- API's, validated by the core records on every write and read; decision 0033).
CREATE TABLE legal_record (
    id          uuid PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('legal-action', 'expulsion', 'entry-ban', 'notice')),
    originator  text NOT NULL REFERENCES agency (id),
    created     timestamptz NOT NULL,
    modified    timestamptz NOT NULL,
    marking     jsonb NOT NULL,
    categories  text[] NOT NULL,
    body        jsonb NOT NULL
);
CREATE INDEX legal_record_by_kind ON legal_record (kind, created DESC, id);

-- Traveller checks at the border: what was presented, what it hit, and the officer's decision.
CREATE TABLE border_check (
    id          uuid PRIMARY KEY,
    agency      text NOT NULL REFERENCES agency (id),
    at          timestamptz NOT NULL,
    answer      jsonb NOT NULL,
    decision    text CHECK (decision IN ('admitted', 'refused', 'referred')),
    officer     text,
    note        text,
    decided_at  timestamptz
);
