package org.mekong.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SightingRuleTest {

  private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void theFirstSightingOfAKindWeighs() {
    assertThat(SightingRule.weigh(false, null, 0, T0)).isEqualTo(SightingWeight.WEIGHED);
    assertThat(SightingRule.weigh(true, null, 0, T0)).isEqualTo(SightingWeight.WEIGHED);
  }

  @Test
  void aRepeatInsideTheWindowIsADuplicateUpToItsLastInstant() {
    assertThat(SightingRule.weigh(false, T0, 1, T0)).isEqualTo(SightingWeight.DUPLICATE);
    assertThat(SightingRule.weigh(true, T0, 1, T0.plus(Duration.ofHours(23))))
        .isEqualTo(SightingWeight.DUPLICATE);
    assertThat(SightingRule.weigh(true, T0, 1, T0.plus(SightingRule.WINDOW).minusNanos(1)))
        .isEqualTo(SightingWeight.DUPLICATE);
  }

  @Test
  void afterTheWindowTheOriginatorWeighsAgainButAnotherAgencyIsBounded() {
    Instant later = T0.plus(SightingRule.WINDOW);
    assertThat(SightingRule.weigh(true, T0, 1, later)).isEqualTo(SightingWeight.WEIGHED);
    assertThat(SightingRule.weigh(true, T0, 7, later)).isEqualTo(SightingWeight.WEIGHED);
    assertThat(SightingRule.weigh(false, T0, 1, later)).isEqualTo(SightingWeight.BOUNDED);
  }

  @Test
  void oneAgencyMovesAnIndicatorByABoundedAmountWhateverItSends() {
    // Every sequence of false positives and expiries from one screening client, a day apart.
    for (int reports = 1; reports <= 50; reports++) {
      SightingCounts counts = SightingCounts.NONE;
      @Nullable Instant lastFp = null;
      @Nullable Instant lastExpired = null;
      long fpWeighed = 0;
      long expiredWeighed = 0;
      for (int i = 0; i < reports; i++) {
        Instant now = T0.plus(Duration.ofHours(12L * i));
        SightingKind kind = i % 3 == 0 ? SightingKind.EXPIRED : SightingKind.FALSE_POSITIVE;
        boolean fp = kind == SightingKind.FALSE_POSITIVE;
        SightingWeight weight =
            SightingRule.weigh(
                false, fp ? lastFp : lastExpired, fp ? fpWeighed : expiredWeighed, now);
        if (weight.counted()) {
          if (fp) {
            lastFp = now;
          } else {
            lastExpired = now;
          }
        }
        if (weight == SightingWeight.WEIGHED) {
          counts = counts.plus(kind);
          if (fp) {
            fpWeighed++;
          } else {
            expiredWeighed++;
          }
        }
      }
      assertThat(EffectiveConfidence.of(90, counts))
          .as("%d reports from one agency", reports)
          .isGreaterThanOrEqualTo(90 - 25 - 15);
    }
  }

  @Test
  void refusesANegativeCount() {
    assertThatThrownBy(() -> SightingRule.weigh(false, null, -1, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyDuplicatesAreNotCounted() {
    assertThat(SightingWeight.WEIGHED.counted()).isTrue();
    assertThat(SightingWeight.BOUNDED.counted()).isTrue();
    assertThat(SightingWeight.DUPLICATE.counted()).isFalse();
  }
}
