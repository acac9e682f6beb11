package org.mekong.core.requests;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the recipient has to answer at each urgency, when a reminder falls due (a share of that
 * time, e.g. 75 %) and how long after the deadline the request is escalated to both agencies'
 * supervisors.
 *
 * @param urgent time to answer an urgent request
 * @param high time to answer a high-priority request
 * @param normal time to answer a normal request
 * @param reminderPercent the share of the time to answer, 1-99, after which a reminder is due
 * @param escalateAfter how long after the deadline an unanswered request is escalated (0: at once)
 */
public record DeadlinePolicy(
    Duration urgent, Duration high, Duration normal, int reminderPercent, Duration escalateAfter) {

  /** The longest time to answer accepted: a year. */
  public static final Duration LONGEST = Duration.ofDays(366);

  /** Urgent 8 hours, high 3 days, normal 7 days, a reminder at 75 %, escalation at the deadline. */
  public static final DeadlinePolicy DEFAULTS =
      new DeadlinePolicy(
          Duration.ofHours(8), Duration.ofDays(3), Duration.ofDays(7), 75, Duration.ZERO);

  public DeadlinePolicy {
    requireNonNull(escalateAfter, "escalateAfter");
    for (Duration d : new Duration[] {urgent, high, normal}) {
      requireNonNull(d, "time to answer");
      if (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(LONGEST) > 0) {
        throw new IllegalArgumentException(
            "a time to answer is between 1 minute and 366 days, not " + d);
      }
    }
    if (urgent.compareTo(high) > 0 || high.compareTo(normal) > 0) {
      throw new IllegalArgumentException(
          "urgent requests are due no later than high ones, high no later than normal ones");
    }
    if (reminderPercent < 1 || reminderPercent > 99) {
      throw new IllegalArgumentException(
          "the reminder falls at 1-99 % of the time to answer, not " + reminderPercent);
    }
    if (escalateAfter.isNegative() || escalateAfter.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(
          "escalation follows the deadline by 0 to 366 days, not " + escalateAfter);
    }
  }

  /** The time to answer a request of this urgency. */
  public Duration timeToAnswer(Urgency urgency) {
    return switch (urgency) {
      case URGENT -> urgent;
      case HIGH -> high;
      case NORMAL -> normal;
    };
  }

  /** The timeline of a request of this urgency sent at {@code sent}. */
  public Timeline timeline(Urgency urgency, Instant sent) {
    Duration toAnswer = timeToAnswer(urgency);
    Instant deadline = sent.plus(toAnswer);
    Instant reminder = sent.plus(toAnswer.multipliedBy(reminderPercent).dividedBy(100));
    return new Timeline(sent, reminder, deadline, deadline.plus(escalateAfter));
  }
}
