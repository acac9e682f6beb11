package org.mekong.core.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.core.screening.scoring.Hits.hit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mekong.core.category.Category;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.ScreeningHit;

class NoisyOrScoreTest {

  private final ScoringRule rule = ScoringRule.defaults();

  @Test
  void noHitsScoreZeroAndLevelNone() {
    assertThat(rule.score(List.of())).isEqualTo(Score.NONE);
    assertThat(Score.NONE).isEqualTo(new Score(0, AlertLevel.NONE));
  }

  @Test
  void oneHitScoresItsWeightTimesItsConfidence() {
    assertThat(rule.score(List.of(hit(1, 100, Category.FRAUD_IMPERSONATION_AUTHORITY))))
        .isEqualTo(new Score(100, AlertLevel.URGENT_REVIEW));
    assertThat(rule.score(List.of(hit(1, 100, Category.FRAUD_LOAN))))
        .isEqualTo(new Score(90, AlertLevel.URGENT_REVIEW));
    assertThat(rule.score(List.of(hit(1, 80, Category.FRAUD_LOAN))))
        .isEqualTo(new Score(72, AlertLevel.HOLD_AND_REVIEW));
    assertThat(rule.score(List.of(hit(1, 80, Category.GAMBLING))))
        .isEqualTo(new Score(48, AlertLevel.REVIEW));
    assertThat(rule.score(List.of(hit(1, 60, Category.GAMBLING))))
        .isEqualTo(new Score(36, AlertLevel.NONE));
  }

  @Test
  void independentHitsCombineAsANoisyOr() {
    // 1 - (1 - 0.36)^2 = 0.5904
    assertThat(rule.score(List.of(hit(1, 60, Category.GAMBLING), hit(2, 60, Category.GAMBLING))))
        .isEqualTo(new Score(59, AlertLevel.REVIEW));
    // 1 - (1 - 0.72)(1 - 0.48) = 0.8544
    assertThat(rule.score(List.of(hit(1, 80, Category.FRAUD_LOAN), hit(2, 80, Category.GAMBLING))))
        .isEqualTo(new Score(85, AlertLevel.HOLD_AND_REVIEW));
  }

  @Test
  void anIndicatorHitTwiceCountsOnce() {
    ScreeningHit once = hit(1, 60, Category.GAMBLING);
    ScreeningHit again = new ScreeningHit(once.entry(), MatchKind.URL_HOST, "example.com");
    assertThat(rule.score(List.of(once, once, again))).isEqualTo(rule.score(List.of(once)));
  }

  @Test
  void aZeroConfidenceOrZeroWeightHitScoresZero() {
    assertThat(rule.score(List.of(hit(1, 0, Category.SANCTIONED)))).isEqualTo(Score.NONE);
    ScoringRule ignoreGambling =
        ScoringRule.of(java.util.Map.of("gambling", 0.0), null, Thresholds.DEFAULTS);
    assertThat(ignoreGambling.score(List.of(hit(1, 100, Category.GAMBLING)))).isEqualTo(Score.NONE);
  }

  @Test
  void scoresAreMonotoneBoundedOrderFreeAndAtLeastTheirStrongestHit() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Category[] categories = Category.values();
    for (int round = 0; round < 1_000; round++) {
      List<ScreeningHit> hits = new ArrayList<>();
      int previous = 0;
      int strongest = 0;
      int size = 1 + random.nextInt(12);
      for (int i = 0; i < size; i++) {
        // numbers from a small range, so the same indicator is often hit twice
        ScreeningHit next =
            hit(
                random.nextInt(20),
                random.nextInt(101),
                categories[random.nextInt(categories.length)]);
        hits.add(next);
        int single = rule.score(List.of(next)).value();
        strongest = Math.max(strongest, single);
        Score score = rule.score(hits);
        String why = "seed " + seed + ", round " + round + ", hits " + hits;
        assertThat(score.value()).as(why).isBetween(previous, 100);
        assertThat(score.value()).as(why).isGreaterThanOrEqualTo(strongest);
        assertThat(score.level()).as(why).isEqualTo(rule.thresholds().level(score.value()));
        previous = score.value();
      }
      List<ScreeningHit> shuffled = new ArrayList<>(hits);
      Collections.shuffle(shuffled, random);
      assertThat(rule.score(shuffled))
          .as("seed %d, round %d", seed, round)
          .isEqualTo(rule.score(hits));
    }
  }

  @Test
  void manyStrongHitsNeverScoreAboveHundred() {
    List<ScreeningHit> hits = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      hits.add(hit(i, 100, Category.SANCTIONED));
    }
    assertThat(rule.score(hits)).isEqualTo(new Score(100, AlertLevel.URGENT_REVIEW));
  }
}
