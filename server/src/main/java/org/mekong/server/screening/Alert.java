package org.mekong.server.screening;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A screened event whose score reached a review threshold, and what people decided about it.
 *
 * @param id the alert's id
 * @param client the screening agency whose event it was
 * @param created when the event was screened
 * @param kind the event's kind: call, sms, transfer or web
 * @param event the event as submitted
 * @param score the event's score, 0–100
 * @param level review, hold_and_review or urgent_review
 * @param matches the hits as the client saw them when the event was screened
 * @param status open, assigned, confirmed or dismissed
 * @param assignee who the alert is assigned to, if anyone
 * @param decisions every assignment and decision, oldest first
 */
public record Alert(
    String id,
    String client,
    Instant created,
    String kind,
    JsonNode event,
    int score,
    String level,
    List<MatchView> matches,
    String status,
    @Nullable String assignee,
    List<Decision> decisions) {

  /** One assignment or decision: who (agency and analyst), when, what and why. */
  public record Decision(Instant at, String agency, String analyst, String action, String reason) {}
}
