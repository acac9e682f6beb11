package org.mekong.core.requests;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When a request was sent, when its reminder falls due, its deadline and when it is escalated.
 *
 * @param sent when the request was sent
 * @param reminder when the recipient is reminded, after {@code sent} and before {@code deadline}
 * @param deadline when the answer is due; unanswered from then on, the request is overdue
 * @param escalation when an unanswered request is escalated, not before {@code deadline}
 */
public record Timeline(Instant sent, Instant reminder, Instant deadline, Instant escalation) {

  public Timeline {
    requireNonNull(sent, "sent");
    if (!sent.isBefore(reminder) || !reminder.isBefore(deadline)) {
      throw new IllegalArgumentException("sent < reminder < deadline is required");
    }
    if (escalation.isBefore(deadline)) {
      throw new IllegalArgumentException("escalation cannot come before the deadline");
    }
  }

  /** When {@code event} falls due. */
  public Instant at(DeadlineEvent event) {
    return switch (event) {
      case REMINDER -> reminder;
      case OVERDUE -> deadline;
      case ESCALATION -> escalation;
    };
  }

  /** Whether a request in {@code status} is overdue at {@code now}: still open at its deadline. */
  public boolean overdue(RequestStatus status, Instant now) {
    return status.open() && !now.isBefore(deadline);
  }

  /** The events due at {@code now} for a request in {@code status}, in the order they fall due. */
  public List<DeadlineEvent> due(RequestStatus status, Instant now) {
    List<DeadlineEvent> due = new ArrayList<>();
    if (!status.open()) {
      return due;
    }
    for (DeadlineEvent event : DeadlineEvent.values()) {
      if (!now.isBefore(at(event))) {
        due.add(event);
      }
    }
    return due;
  }
}
