-- Casework: people, sites, cases and their events, determinations, consent, manifests and list
-- imports (docs/casework.md). Personal records are stored as the API's JSON (validated by the core
-- before they are written), with the columns that searches, disclosure and statistics need beside.

CREATE TABLE casework_person (
    id             uuid PRIMARY KEY,
    created_by     text NOT NULL REFERENCES agency (id),
    created_at     timestamptz NOT NULL,
    record         jsonb NOT NULL,
    name_keys      text[] NOT NULL,
    document_keys  text[] NOT NULL,
    nationalities  text[] NOT NULL,
    sex            text NOT NULL,
    birth_date     text,
    source_import  uuid,
    source_line    bigint
);
CREATE INDEX casework_person_by_name_key ON casework_person USING gin (name_keys);
CREATE INDEX casework_person_by_document ON casework_person USING gin (document_keys);

-- Consent records (HTCDS AgreementToManagePersonalData) and overrides; the latest counts.
CREATE TABLE casework_consent (
    seq                 bigserial PRIMARY KEY,
    person_id           uuid NOT NULL REFERENCES casework_person (id),
    kind                text NOT NULL CHECK (kind IN ('given', 'refused', 'override')),
    recorded_by         text NOT NULL REFERENCES agency (id),
    recorded_by_person  text NOT NULL,
    at                  timestamptz NOT NULL,
    legal_basis         text,
    CHECK ((kind = 'override') = (legal_basis IS NOT NULL))
);
CREATE INDEX casework_consent_by_person ON casework_consent (person_id, seq DESC);

CREATE TABLE casework_site (
    id          uuid PRIMARY KEY,
    created_by  text NOT NULL REFERENCES agency (id),
    record      jsonb NOT NULL
);

CREATE TABLE casework_case (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL REFERENCES casework_person (id),
    opened_by   text NOT NULL REFERENCES agency (id),
    opened_at   timestamptz NOT NULL,
    state       text NOT NULL,
    site_id     uuid REFERENCES casework_site (id)
);
CREATE INDEX casework_case_by_person ON casework_case (person_id);

-- The timeline: appended only, in order.
CREATE TABLE casework_event (
    case_id     uuid NOT NULL REFERENCES casework_case (id),
    seq         int NOT NULL,
    kind        text NOT NULL,
    agency      text NOT NULL REFERENCES agency (id),
    receiver    text,
    record      jsonb NOT NULL,
    PRIMARY KEY (case_id, seq)
);
CREATE INDEX casework_event_by_receiver ON casework_event (receiver) WHERE receiver IS NOT NULL;

-- Determinations are superseded, never overwritten: each supersedes at most one, and one at most
-- supersedes each.
CREATE TABLE casework_determination (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL REFERENCES casework_person (id),
    seq         int NOT NULL,
    verdict     text NOT NULL CHECK (verdict IN ('victim', 'offender', 'undetermined')),
    agency      text NOT NULL REFERENCES agency (id),
    decided_by  text NOT NULL,
    at          timestamptz NOT NULL,
    basis       text NOT NULL,
    supersedes  uuid UNIQUE REFERENCES casework_determination (id),
    UNIQUE (person_id, seq)
);

CREATE TABLE casework_manifest (
    id                   uuid PRIMARY KEY,
    sending              text NOT NULL REFERENCES agency (id),
    receiving            text NOT NULL REFERENCES agency (id),
    transport_mode       text NOT NULL,
    transport_reference  text,
    travel_date          date NOT NULL,
    place                text,
    created_at           timestamptz NOT NULL
);

CREATE TABLE casework_manifest_entry (
    manifest_id  uuid NOT NULL REFERENCES casework_manifest (id),
    person_id    uuid NOT NULL REFERENCES casework_person (id),
    position     int NOT NULL,
    status       text NOT NULL CHECK (status IN ('pending', 'accepted', 'refused', 'handed-over')),
    reason       text,
    updated_at   timestamptz NOT NULL,
    updated_by   text NOT NULL,
    PRIMARY KEY (manifest_id, person_id)
);
CREATE INDEX casework_manifest_entry_by_person ON casework_manifest_entry (person_id);

-- Proposed duplicates of an imported list and the judgement a person made on each.
CREATE TABLE casework_match (
    id          uuid PRIMARY KEY,
    import_id   uuid NOT NULL,
    line        bigint NOT NULL,
    person_id   uuid NOT NULL REFERENCES casework_person (id),
    candidate   uuid NOT NULL REFERENCES casework_person (id),
    score       double precision NOT NULL,
    explanation text NOT NULL,
    judgement   text CHECK (judgement IN ('same', 'different', 'undecided')),
    judged_by   text,
    judged_at   timestamptz
);
CREATE INDEX casework_match_by_import ON casework_match (import_id, line);
