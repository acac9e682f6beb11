-- Alerts: screened events whose score reached a review threshold, for people to decide on.
-- Nothing is blocked automatically; a decision (confirm or dismiss) records a sighting on each
-- indicator the alert hit. Decisions are kept as their own rows: who, when, why.
CREATE TABLE screening_alert (
    id          uuid PRIMARY KEY,
    client      text NOT NULL REFERENCES agency (id),
    created     timestamptz NOT NULL,
    event_kind  text NOT NULL CHECK (event_kind IN ('call', 'sms', 'transfer', 'web')),
    event       jsonb NOT NULL,
    score       smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
    level       text NOT NULL CHECK (level IN ('review', 'hold_and_review', 'urgent_review')),
    matches     jsonb NOT NULL,
    indicators  text[] NOT NULL,
    status      text NOT NULL CHECK (status IN ('open', 'assigned', 'confirmed', 'dismissed')),
    assignee    text
);
CREATE INDEX screening_alert_by_client ON screening_alert (client, created DESC, id DESC);

CREATE TABLE screening_alert_decision (
    alert_id    uuid NOT NULL REFERENCES screening_alert (id),
    at          timestamptz NOT NULL,
    agency      text NOT NULL,
    analyst     text NOT NULL,
    action      text NOT NULL CHECK (action IN ('assign', 'confirm', 'dismiss')),
    reason      text NOT NULL
);
CREATE INDEX screening_alert_decision_by_alert ON screening_alert_decision (alert_id, at);
