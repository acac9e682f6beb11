package org.mekong.core.screening.hashed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Test
  void aFullBucketAllowsItsBurstThenNothing() {
    RateLimiter bucket = RateLimiter.of(20_000, 10_000, Duration.ofMinutes(1), nanos::get);
    assertThat(bucket.available()).isEqualTo(20_000);
    assertThat(bucket.tryAcquire(10_000)).isTrue();
    assertThat(bucket.tryAcquire(10_000)).isTrue();
    assertThat(bucket.tryAcquire(1)).isFalse();
    assertThat(bucket.available()).isZero();
  }

  @Test
  void refillsAtItsRateUpToItsCapacity() {
    RateLimiter bucket = RateLimiter.of(20_000, 10_000, Duration.ofMinutes(1), nanos::get);
    assertThat(bucket.tryAcquire(20_000)).isTrue();
    advance(Duration.ofSeconds(30));
    assertThat(bucket.available()).isEqualTo(5_000);
    assertThat(bucket.tryAcquire(5_001)).isFalse();
    assertThat(bucket.tryAcquire(5_000)).isTrue();
    advance(Duration.ofHours(1));
    assertThat(bucket.available()).isEqualTo(20_000);
  }

  @Test
  void aRefusedRequestTakesNothing() {
    RateLimiter bucket = RateLimiter.of(100, 1, Duration.ofSeconds(1), nanos::get);
    assertThat(bucket.tryAcquire(60)).isTrue();
    assertThat(bucket.tryAcquire(50)).isFalse();
    assertThat(bucket.tryAcquire(40)).isTrue();
  }

  @Test
  void saysHowLongUntilEnoughTokens() {
    RateLimiter bucket = RateLimiter.of(20_000, 10_000, Duration.ofMinutes(1), nanos::get);
    assertThat(bucket.timeUntil(20_000)).isEqualTo(Duration.ZERO);
    assertThat(bucket.tryAcquire(20_000)).isTrue();
    assertThat(bucket.timeUntil(10_000)).isEqualTo(Duration.ofMinutes(1));
    advance(Duration.ofSeconds(45));
    assertThat(bucket.timeUntil(10_000)).isEqualTo(Duration.ofSeconds(15));
    assertThat(bucket.tryAcquire(10_000)).isFalse();
    advance(Duration.ofSeconds(15));
    assertThat(bucket.tryAcquire(10_000)).isTrue();
  }

  @Test
  void aClockThatStandsStillOrStepsBackAddsNothing() {
    RateLimiter bucket = RateLimiter.of(10, 1, Duration.ofSeconds(1), nanos::get);
    assertThat(bucket.tryAcquire(10)).isTrue();
    nanos.addAndGet(-5_000_000_000L);
    assertThat(bucket.available()).isZero();
    advance(Duration.ofSeconds(5));
    assertThat(bucket.available()).isZero();
    advance(Duration.ofSeconds(2));
    assertThat(bucket.available()).isEqualTo(2);
  }

  @Test
  void aLongIdleNeverOverflows() {
    RateLimiter bucket = RateLimiter.of(20_000, 10_000, Duration.ofMinutes(1), nanos::get);
    assertThat(bucket.tryAcquire(20_000)).isTrue();
    advance(Duration.ofDays(100_000));
    assertThat(bucket.available()).isEqualTo(20_000);
  }

  @Test
  void concurrentAcquirersNeverGetMoreThanTheBucketHolds() throws Exception {
    RateLimiter bucket = RateLimiter.of(10_000, 1, Duration.ofSeconds(1), nanos::get);
    AtomicLong granted = new AtomicLong();
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 5_000; i++) {
                  if (bucket.tryAcquire(1)) {
                    granted.incrementAndGet();
                  }
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(granted.get()).isEqualTo(10_000);
  }

  @Test
  void refusesImpossibleRequestsAndBadConfiguration() {
    RateLimiter bucket = RateLimiter.of(100, 1, Duration.ofSeconds(1), nanos::get);
    assertThatThrownBy(() -> bucket.tryAcquire(101)).hasMessageContaining("capacity 100, was 101");
    assertThatThrownBy(() -> bucket.tryAcquire(0)).hasMessageContaining("was 0");
    assertThatThrownBy(() -> bucket.timeUntil(-1)).hasMessageContaining("was -1");
    Duration second = Duration.ofSeconds(1);
    assertThatThrownBy(() -> RateLimiter.of(0, 1, second)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> RateLimiter.of(1, 0, second)).hasMessageContaining("refills");
    assertThatThrownBy(() -> RateLimiter.of(1, 1, Duration.ZERO)).hasMessageContaining("positive");
    assertThatThrownBy(() -> RateLimiter.of(Long.MAX_VALUE / 2, 1, second))
        .hasMessageContaining("too large");
    assertThat(RateLimiter.withDefaults().capacity()).isEqualTo(20_000);
  }
}
