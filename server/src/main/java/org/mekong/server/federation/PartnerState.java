package org.mekong.server.federation;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How the pull from one partner is going, in memory: attempts, successes, the last error, the
 * back-off, and what arrived since the node started.
 */
final class PartnerState {

  /** The longest wait after a failure. */
  static final Duration MAX_BACKOFF = Duration.ofSeconds(60);

  /** A failed attempt: a machine-readable code, a message for people, and when. */
  record Failure(String code, String message, Instant at) {}

  /** A consistent copy of the state. */
  record Snapshot(
      String state,
      @Nullable Instant lastAttempt,
      @Nullable Instant lastSuccess,
      @Nullable Instant nextAttempt,
      @Nullable Instant lastCatchUpBegan,
      int consecutiveFailures,
      long backoffSeconds,
      @Nullable Failure lastError,
      long received,
      long unchanged,
      long refused,
      long ownObjects) {}

  private @Nullable Instant lastAttempt;
  private @Nullable Instant lastSuccess;
  private @Nullable Instant nextAttempt;
  private @Nullable Instant lastCatchUpBegan;
  private int consecutiveFailures;
  private Duration backoff = Duration.ZERO;
  private @Nullable Failure lastError;
  private long received;
  private long unchanged;
  private long refused;
  private long ownObjects;

  synchronized void attempting(Instant at) {
    lastAttempt = at;
  }

  /** A complete catch-up that began at {@code began} has ended now. */
  synchronized void succeeded(Instant began, Instant now) {
    lastSuccess = now;
    lastCatchUpBegan = began;
    consecutiveFailures = 0;
    backoff = Duration.ZERO;
    lastError = null;
  }

  /** An attempt failed; returns how long to wait before the next one (1 s, 2 s, 4 s … 60 s). */
  synchronized Duration failed(Failure failure) {
    consecutiveFailures++;
    lastError = failure;
    backoff =
        backoff.isZero()
            ? Duration.ofSeconds(1)
            : backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0
                ? MAX_BACKOFF
                : backoff.multipliedBy(2);
    return backoff;
  }

  synchronized void next(Instant at) {
    nextAttempt = at;
  }

  synchronized void counted(long received, long unchanged, long refused, long ownObjects) {
    this.received += received;
    this.unchanged += unchanged;
    this.refused += refused;
    this.ownObjects += ownObjects;
  }

  synchronized Snapshot snapshot() {
    String state =
        lastAttempt == null ? "never-contacted" : consecutiveFailures > 0 ? "failing" : "up";
    return new Snapshot(
        state,
        lastAttempt,
        lastSuccess,
        nextAttempt,
        lastCatchUpBegan,
        consecutiveFailures,
        backoff.toSeconds(),
        lastError,
        received,
        unchanged,
        refused,
        ownObjects);
  }
}
