-- The console's case list reads cases newest first a page at a time by keyset, (opened_at, id)
-- descending, with or without a status filter (docs/console.md, decision 0056); visibility is
-- checked per candidate through the existing person, consent and event keys.
CREATE INDEX casework_case_newest ON casework_case (opened_at DESC, id DESC);
CREATE INDEX casework_case_by_state_newest ON casework_case (state, opened_at DESC, id DESC);
-- The network view finds the cases that published an indicator as a recruiter's contact.
CREATE INDEX casework_recruiter_indicator_by_indicator ON casework_recruiter_indicator (indicator_id);
-- ... and the cases whose events name a site.
CREATE INDEX casework_event_by_site ON casework_event ((record->>'site'));
