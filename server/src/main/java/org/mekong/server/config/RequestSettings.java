package org.mekong.server.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.mekong.core.requests.DeadlinePolicy;

/**
 * How requests between agencies are timed: the deadline policy, and how often the node looks for
 * reminders, overdue requests and escalations that fell due.
 *
 * @param deadlines the time to answer at each urgency, the reminder share and the escalation delay
 * @param checkInterval the pause between two looks, 1 second to 1 hour
 */
public record RequestSettings(DeadlinePolicy deadlines, Duration checkInterval) {

  /** The default policy, looked at every minute. */
  public static final RequestSettings DEFAULTS =
      new RequestSettings(DeadlinePolicy.DEFAULTS, Duration.ofMinutes(1));

  public RequestSettings {
    requireNonNull(deadlines, "deadlines");
    if (checkInterval.compareTo(Duration.ofSeconds(1)) < 0
        || checkInterval.compareTo(Duration.ofHours(1)) > 0) {
      throw new InvalidConfigurationException(
          ConfigKeys.REQUESTS_CHECK_INTERVAL,
          "must be between PT1S and PT1H but was " + checkInterval);
    }
  }
}
