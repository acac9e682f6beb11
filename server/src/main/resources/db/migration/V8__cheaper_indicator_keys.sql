-- Cheaper index entries for every new indicator (docs/decisions/0019-cheaper-indicator-keys.md).

-- An indicator's id is made from its originator and its selector (in the node's secret namespace,
-- or kept from the partner that made it), so the primary key already allows one indicator per
-- originator and selector; this second unique index cost a third of the indicator row's writes.
ALTER TABLE indicator DROP CONSTRAINT indicator_originator_selector_type_selector_key_key;

-- Ids and selector keys are only ever compared for equality, never ordered for a reader: in the
-- "C" collation their index entries compare byte by byte instead of by the locale's rules.
ALTER TABLE sighting DROP CONSTRAINT sighting_indicator_id_fkey;
ALTER TABLE indicator
    ALTER COLUMN id TYPE text COLLATE "C",
    ALTER COLUMN selector_key TYPE text COLLATE "C";
ALTER TABLE indicator_version
    ALTER COLUMN id TYPE text COLLATE "C",
    ALTER COLUMN selector_key TYPE text COLLATE "C";
ALTER TABLE sighting ALTER COLUMN indicator_id TYPE text COLLATE "C";
ALTER TABLE sighting
    ADD CONSTRAINT sighting_indicator_id_fkey FOREIGN KEY (indicator_id) REFERENCES indicator (id);

-- Correlation looks selector keys up by equality only: a hash index keeps a 4-byte hash per entry
-- instead of the whole key, and takes new entries for less than the B-tree did.
DROP INDEX indicator_by_selector;
CREATE INDEX indicator_by_selector ON indicator USING hash (selector_key);
