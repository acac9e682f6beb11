package org.mekong.core.screening.hashed;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: holds up to {@code capacity} permits and refills {@code permits} every {@code
 * period}, continuously; the node keeps one per screening client to cap the hashes it may confirm.
 * Exact integer arithmetic; thread-safe.
 */
public final class RateLimiter {

  /** The default burst: 20,000 hashes. */
  public static final long DEFAULT_CAPACITY = 20_000;

  /** The default rate: 10,000 hashes a minute. */
  public static final long DEFAULT_PERMITS_PER_MINUTE = 10_000;

  private final long capacity;
  private final long refill;
  private final long periodNanos;
  private final long fullNanos;
  private final LongSupplier nanoTime;
  // Tokens in units of 1/periodNanos permit, so that refilling adds elapsed · refill exactly.
  private long scaled;
  private long last;

  private RateLimiter(long capacity, long refill, Duration period, LongSupplier nanoTime) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a bucket holds at least 1 permit, was " + capacity);
    }
    if (refill < 1) {
      throw new IllegalArgumentException("a bucket refills at least 1 permit, was " + refill);
    }
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("a refill period is positive, was " + period);
    }
    this.capacity = capacity;
    this.refill = refill;
    this.periodNanos = period.toNanos();
    try {
      this.scaled = Math.multiplyExact(capacity, periodNanos);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "capacity " + capacity + " × period " + period + " is too large", e);
    }
    this.fullNanos = Math.ceilDiv(scaled, refill);
    this.nanoTime = nanoTime;
    this.last = nanoTime.getAsLong();
  }

  /** A full bucket refilling {@code permits} every {@code period}, on the monotonic clock. */
  public static RateLimiter of(long capacity, long permits, Duration period) {
    return new RateLimiter(capacity, permits, period, System::nanoTime);
  }

  /** The same on this clock of nanoseconds (monotonic; a fake one in tests). */
  public static RateLimiter of(
      long capacity, long permits, Duration period, LongSupplier nanoTime) {
    return new RateLimiter(capacity, permits, period, nanoTime);
  }

  /** A full bucket with the defaults: a burst of 20,000, refilled at 10,000 a minute. */
  public static RateLimiter withDefaults() {
    return of(DEFAULT_CAPACITY, DEFAULT_PERMITS_PER_MINUTE, Duration.ofMinutes(1));
  }

  /**
   * Takes {@code permits} when the bucket holds that many, else takes none.
   *
   * @throws IllegalArgumentException when {@code permits} is not 1 to the capacity (never granted)
   */
  public synchronized boolean tryAcquire(int permits) {
    check(permits);
    refill();
    long wanted = permits * periodNanos;
    if (scaled >= wanted) {
      scaled -= wanted;
      return true;
    }
    return false;
  }

  /**
   * How long until the bucket holds {@code permits}; zero when it does now. Takes nothing. (An HTTP
   * {@code Retry-After} is this rounded up to whole seconds.)
   */
  public synchronized Duration timeUntil(int permits) {
    check(permits);
    refill();
    long missing = permits * periodNanos - scaled;
    return missing <= 0 ? Duration.ZERO : Duration.ofNanos(Math.ceilDiv(missing, refill));
  }

  /** The whole permits the bucket holds now. */
  public synchronized long available() {
    refill();
    return scaled / periodNanos;
  }

  /** The most permits the bucket holds. */
  public long capacity() {
    return capacity;
  }

  private void check(int permits) {
    if (permits < 1 || permits > capacity) {
      throw new IllegalArgumentException(
          "permits are 1 to the capacity " + capacity + ", was " + permits);
    }
  }

  private void refill() {
    long now = nanoTime.getAsLong();
    long elapsed = now - last;
    if (elapsed <= 0) {
      return;
    }
    last = now;
    long full = capacity * periodNanos;
    scaled = elapsed >= fullNanos ? full : Math.min(full, scaled + elapsed * refill);
  }
}
