package org.mekong.core.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

  @Test
  void eachThresholdIsTheLowestScoreOfItsLevel() {
    Thresholds t = Thresholds.DEFAULTS;
    assertThat(t).isEqualTo(new Thresholds(40, 70, 90));
    assertThat(t.level(0)).isEqualTo(AlertLevel.NONE);
    assertThat(t.level(39)).isEqualTo(AlertLevel.NONE);
    assertThat(t.level(40)).isEqualTo(AlertLevel.REVIEW);
    assertThat(t.level(69)).isEqualTo(AlertLevel.REVIEW);
    assertThat(t.level(70)).isEqualTo(AlertLevel.HOLD_AND_REVIEW);
    assertThat(t.level(89)).isEqualTo(AlertLevel.HOLD_AND_REVIEW);
    assertThat(t.level(90)).isEqualTo(AlertLevel.URGENT_REVIEW);
    assertThat(t.level(100)).isEqualTo(AlertLevel.URGENT_REVIEW);
  }

  @Test
  void equalThresholdsSkipALevel() {
    Thresholds t = new Thresholds(50, 50, 100);
    assertThat(t.level(49)).isEqualTo(AlertLevel.NONE);
    assertThat(t.level(50)).isEqualTo(AlertLevel.HOLD_AND_REVIEW);
    assertThat(t.level(99)).isEqualTo(AlertLevel.HOLD_AND_REVIEW);
    assertThat(t.level(100)).isEqualTo(AlertLevel.URGENT_REVIEW);
    assertThat(new Thresholds(1, 1, 1).level(1)).isEqualTo(AlertLevel.URGENT_REVIEW);
  }

  @Test
  void thresholdsOutOfOrderOrRangeAreRejectedWithTheirKeys() {
    assertThatThrownBy(() -> new Thresholds(0, 70, 90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("screening.thresholds")
        .hasMessageContaining("review=0");
    assertThatThrownBy(() -> new Thresholds(71, 70, 90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hold-and-review=70");
    assertThatThrownBy(() -> new Thresholds(40, 91, 90))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Thresholds(40, 70, 101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("urgent-review=101");
  }

  @Test
  void aScoreOutsideZeroToHundredIsABug() {
    assertThatThrownBy(() -> Thresholds.DEFAULTS.level(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Thresholds.DEFAULTS.level(101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Score(101, AlertLevel.URGENT_REVIEW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Score(0, AlertLevel.REVIEW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void levelsHaveStableCodes() {
    assertThat(AlertLevel.values())
        .extracting(AlertLevel::code)
        .containsExactly("none", "review", "hold_and_review", "urgent_review");
  }
}
