package org.mekong.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.server.audit.AuditLog;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/** Refused authentications of one source are written once, then once a minute with their count. */
class FailedAuthenticationsTest {

  private final SeededNode seeded = TestNodes.shared();

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aSourceThatKeepsFailingIsWrittenOnceThenOnceAMinuteWithItsCount() {
    MovingClock clock = new MovingClock();
    FailedAuthentications failures =
        new FailedAuthentications(seeded.node().bean(AuditLog.class), clock);
    String address = "203.0.113.7";
    for (int i = 0; i < 7; i++) {
      failures.refused(address, FailedAuthentications.Reason.UNKNOWN_KEY, "GET", "/api/v1/x");
    }
    failures.flush();
    assertThat(outcomes(address)).hasSize(1);

    clock.advance(Duration.ofSeconds(61));
    failures.flush();
    failures.refused(address, FailedAuthentications.Reason.UNKNOWN_KEY, "GET", "/api/v1/x");
    failures.refused(address, FailedAuthentications.Reason.MISSING, "GET", "/api/v1/x");

    List<String> outcomes = outcomes(address);
    assertThat(outcomes)
        .containsExactly(
            "401 no-credentials",
            "401 unknown-or-revoked-key",
            "401 unknown-or-revoked-key x6 since 2026-01-01T00:00:00Z",
            "401 unknown-or-revoked-key");
    failures.stop();
  }

  private List<String> outcomes(String address) {
    var page =
        seeded
            .http()
            .get(
                "/api/v1/admin/audit?agency=unauthenticated:" + address + "&limit=100",
                seeded.adminKey())
            .json();
    List<String> outcomes = new ArrayList<>();
    page.get("items").forEach(item -> outcomes.add(item.get("outcome").asString()));
    return outcomes;
  }
}
