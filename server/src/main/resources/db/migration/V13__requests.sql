-- Requests with deadlines between agencies: information, freeze, suspension, takedown, cutting
-- service to an area, preservation, handover. The recorded status moves by the recipient's steps;
-- "overdue" is derived from the clock and the deadline, never stored in the status.
CREATE TABLE agency_request (
    id              uuid PRIMARY KEY,
    sender          text NOT NULL REFERENCES agency (id),
    recipient       text NOT NULL REFERENCES agency (id),
    -- the partner node the recipient belongs to; NULL for an agency of this node
    recipient_node  text,
    kind            text NOT NULL CHECK (kind IN ('information', 'freeze', 'suspension', 'takedown',
                                                  'cut-service', 'preservation', 'handover')),
    urgency         text NOT NULL CHECK (urgency IN ('urgent', 'high', 'normal')),
    subject         text NOT NULL,
    details         text NOT NULL,
    legal_basis     text NOT NULL,
    payload         jsonb NOT NULL,
    -- what an execution report may name, as type:canonical
    targets         text[] NOT NULL,
    sent_at         timestamptz NOT NULL,
    remind_at       timestamptz NOT NULL,
    deadline        timestamptz NOT NULL,
    escalate_at     timestamptz NOT NULL,
    status          text NOT NULL CHECK (status IN ('sent', 'acknowledged', 'partly-answered',
                                                    'answered', 'refused', 'executed-confirmed')),
    updated         timestamptz NOT NULL,
    CHECK (sent_at < remind_at AND remind_at < deadline AND deadline <= escalate_at)
);
CREATE INDEX agency_request_by_sender ON agency_request (sender, sent_at DESC, id);
CREATE INDEX agency_request_by_recipient ON agency_request (recipient, sent_at DESC, id);
CREATE INDEX agency_request_open_by_reminder ON agency_request (remind_at)
    WHERE status IN ('sent', 'acknowledged', 'partly-answered');

-- Each step the recipient took: who, when, what, the status it led to, and what it attached.
CREATE TABLE agency_request_step (
    request_id  uuid NOT NULL REFERENCES agency_request (id),
    seq         integer NOT NULL,
    at          timestamptz NOT NULL,
    agency      text NOT NULL,
    action      text NOT NULL CHECK (action IN ('acknowledge', 'partly-answer', 'answer', 'refuse',
                                                'confirm-execution')),
    status      text NOT NULL,
    body        jsonb NOT NULL,
    PRIMARY KEY (request_id, seq)
);

-- Reminders, overdue marks and escalations, each at most once per request (the primary key),
-- however often the node checks, restarts or crashes; audited says whether its audit entry
-- was appended, so that a check after a crash appends the ones that were missed.
CREATE TABLE agency_request_event (
    request_id   uuid NOT NULL REFERENCES agency_request (id),
    event        text NOT NULL CHECK (event IN ('reminder', 'overdue', 'escalation')),
    due_at       timestamptz NOT NULL,
    recorded_at  timestamptz NOT NULL,
    notify       text[] NOT NULL,
    audited      boolean NOT NULL DEFAULT false,
    PRIMARY KEY (request_id, event)
);
CREATE INDEX agency_request_event_unaudited ON agency_request_event (request_id) WHERE NOT audited;
