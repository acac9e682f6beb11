package org.mekong.core.screening.hashed;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: holds up to {@code capacity} permits, refilled continuously at {@code
 * refillPerSecond}; the node keeps one per screening client to cap the hashes it may confirm.
 * Thread-safe.
 */
public final class RateLimiter {

  /** The default burst: 20,000 hashes. */
  public static final long DEFAULT_CAPACITY = 20_000;

  /** The default rate: 10,000 hashes a minute. */
  public static final double DEFAULT_PER_SECOND = 10_000 / 60.0;

  private static final double NANOS_PER_SECOND = 1e9;

  private final long capacity;
  private final double perNano;
  private final LongSupplier nanoTime;
  private double tokens;
  private long last;

  private RateLimiter(long capacity, double refillPerSecond, LongSupplier nanoTime) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a bucket holds at least 1 permit, was " + capacity);
    }
    if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
      throw new IllegalArgumentException(
          "a bucket refills at a positive finite rate, was " + refillPerSecond);
    }
    this.capacity = capacity;
    this.perNano = refillPerSecond / NANOS_PER_SECOND;
    this.nanoTime = nanoTime;
    this.tokens = capacity;
    this.last = nanoTime.getAsLong();
  }

  /** A full bucket on the system's monotonic clock. */
  public static RateLimiter of(long capacity, double refillPerSecond) {
    return new RateLimiter(capacity, refillPerSecond, System::nanoTime);
  }

  /** A full bucket on this clock of nanoseconds (monotonic; for tests, a fake one). */
  public static RateLimiter of(long capacity, double refillPerSecond, LongSupplier nanoTime) {
    return new RateLimiter(capacity, refillPerSecond, nanoTime);
  }

  /** A full bucket with the defaults: a burst of 20,000, refilled at 10,000 a minute. */
  public static RateLimiter withDefaults() {
    return of(DEFAULT_CAPACITY, DEFAULT_PER_SECOND);
  }

  /**
   * Takes {@code permits} when the bucket holds that many, else takes none.
   *
   * @throws IllegalArgumentException when {@code permits} is not 1 to the capacity (never granted)
   */
  public synchronized boolean tryAcquire(int permits) {
    check(permits);
    refill();
    if (tokens >= permits) {
      tokens -= permits;
      return true;
    }
    return false;
  }

  /** How long until the bucket holds {@code permits}; zero when it does now. Takes nothing. */
  public synchronized Duration timeUntil(int permits) {
    check(permits);
    refill();
    double missing = permits - tokens;
    if (missing <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(missing / perNano));
  }

  /** The whole permits the bucket holds now. */
  public synchronized long available() {
    refill();
    return (long) tokens;
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
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * perNano);
      last = now;
    }
  }
}
