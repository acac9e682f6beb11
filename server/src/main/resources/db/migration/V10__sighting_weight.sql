-- One agency cannot silence an indicator (docs/decisions/0025-one-agency-cannot-silence-an-indicator.md).

-- The agency that sent a sighting, also when it asked to stay anonymous: repeats are counted
-- against it. It is never shown for an anonymous sighting; the audit log records the caller anyway.
ALTER TABLE sighting
    ADD COLUMN agency text COLLATE "C",
    ADD COLUMN weight text NOT NULL DEFAULT 'weighed'
        CHECK (weight IN ('weighed', 'bounded', 'duplicate'));
UPDATE sighting SET agency = reporter WHERE reporter <> '';

CREATE INDEX sighting_by_agency ON sighting (indicator_id, agency, kind, recorded_at);
