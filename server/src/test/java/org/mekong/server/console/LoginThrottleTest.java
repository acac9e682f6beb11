package org.mekong.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-06T03:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  @Test
  void anAddressWithTooManyFailuresWaitsUntilItsMinuteIsOver() {
    LoginThrottle throttle = new LoginThrottle(clock);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(throttle.allows("203.0.113.5")).as("attempt %d", i + 1).isTrue();
      throttle.failed("203.0.113.5");
    }
    assertThat(throttle.allows("203.0.113.5")).isFalse();
    assertThat(throttle.allows("203.0.113.6")).as("another address").isTrue();
    now.set(now.get().plus(LoginThrottle.WINDOW).minusSeconds(1));
    assertThat(throttle.allows("203.0.113.5")).isFalse();
    now.set(now.get().plusSeconds(1));
    assertThat(throttle.allows("203.0.113.5")).isTrue();
    throttle.failed("203.0.113.5");
    assertThat(throttle.allows("203.0.113.5")).as("a new minute counts afresh").isTrue();
  }
}
