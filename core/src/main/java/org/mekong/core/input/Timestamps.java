package org.mekong.core.input;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The range of times Mekong accepts and emits: what a STIX 2.1 timestamp can say (RFC 3339, a year
 * of four digits, {@code 0001}–{@code 9999}), so that whatever the node stores it can also export
 * and import again.
 */
public final class Timestamps {

  /** The earliest time accepted: the first instant of year 1. */
  public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest time accepted: the last microsecond of year 9999. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

  /** How far in the future an observation may lie, for clocks that are not quite in step. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private Timestamps() {}

  /** Why {@code instant} is outside the range, or null when it is inside. */
  public static @Nullable String problem(Instant instant) {
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      return "must be a time in the years 0001-9999 (a STIX 2.1 timestamp)";
    }
    return null;
  }

  /**
   * Why {@code observed} is not a time something can have been observed at {@code now}, or null:
   * inside the range and not later than {@link #CLOCK_SKEW} after now.
   */
  public static @Nullable String observationProblem(Instant observed, Instant now) {
    String problem = problem(observed);
    if (problem != null) {
      return problem;
    }
    if (observed.isAfter(now.plus(CLOCK_SKEW))) {
      return "lies in the future (more than "
          + CLOCK_SKEW.toMinutes()
          + " minutes after the node's clock)";
    }
    return null;
  }

  /**
   * {@code instant} itself when it is inside the range, for the compact constructors of records.
   *
   * @throws InvalidInputException naming {@code field} when it is not
   */
  public static @Nullable Instant require(String field, @Nullable Instant instant) {
    if (instant != null) {
      String problem = problem(instant);
      if (problem != null) {
        throw new InvalidInputException(field, problem + ", was " + instant);
      }
    }
    return instant;
  }
}
