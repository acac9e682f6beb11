package org.mekong.server.requests;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A request as the API shows it to its sender, its recipient or the admin.
 *
 * @param status the effective status: the recorded one, or {@code overdue} for an open request past
 *     its deadline
 * @param recordedStatus the status the recipient's last step left
 * @param overdue whether the request is open and past its deadline now
 */
public record RequestView(
    String id,
    String sender,
    String recipient,
    String kind,
    String urgency,
    String subject,
    String details,
    String legalBasis,
    JsonNode payload,
    String status,
    String recordedStatus,
    boolean overdue,
    Instant sentAt,
    Instant reminderAt,
    Instant deadline,
    Instant escalationAt,
    Instant updated,
    List<Step> steps,
    List<Event> events) {

  /** One step of the recipient: what, by whom, when, the status it led to, and what it carried. */
  public record Step(Instant at, String agency, String action, String status, JsonNode body) {}

  /** A reminder, overdue mark or escalation, when it fell due and whom it notifies. */
  public record Event(String event, Instant dueAt, Instant recordedAt, List<String> notified) {}
}
