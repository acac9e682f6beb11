-- Persons and organisations of name lists (sanctions, watch lists) imported as FollowTheMoney
-- entities. One row per (list, id); a re-import of the same entity updates it in place and keeps
-- its number, which is the entity's number in the in-memory name index.
CREATE TABLE name_entity (
    number        integer GENERATED ALWAYS AS IDENTITY UNIQUE,
    list          text NOT NULL,
    id            text NOT NULL,
    schema        text NOT NULL,
    names         text[] NOT NULL CHECK (cardinality(names) > 0),
    birth_dates   text[] NOT NULL,
    nationalities text[] NOT NULL,
    datasets      text[] NOT NULL,
    properties    jsonb NOT NULL,
    originator    text NOT NULL,
    tlp           text NOT NULL,
    recipients    text[] NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (list, id)
);
