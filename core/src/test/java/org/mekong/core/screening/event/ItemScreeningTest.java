package org.mekong.core.screening.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.event.ListedWorld.CASINO;
import static org.mekong.core.screening.event.ListedWorld.FAKE_POLICE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.scoring.AlertLevel;
import org.mekong.core.screening.scoring.Score;
import org.mekong.core.screening.scoring.ScoringRule;
import org.mekong.core.selector.SelectorType;

class ItemScreeningTest {

  private final EventScreener screener = ListedWorld.screener("TH");

  @Test
  void aListedItemIsAHitWithItsCanonicalFormAndScore() {
    ItemResult result = screener.screenItem("089 123 4567", SelectorType.PHONE, null);
    assertThat(result.verdict()).isEqualTo(ItemResult.Verdict.HIT);
    assertThat(result.canonical()).isEqualTo("+66891234567");
    assertThat(result.reason()).isNull();
    assertThat(result.hits()).extracting(ScreeningHit::entry).containsExactly(FAKE_POLICE);
    assertThat(result.score()).isEqualTo(new Score(90, AlertLevel.URGENT_REVIEW));
  }

  @Test
  void theTypeIsDetectedWhenNotGiven() {
    ItemResult result = screener.screenItem("https://www.fun88.asia/", null, null);
    assertThat(result.verdict()).isEqualTo(ItemResult.Verdict.HIT);
    assertThat(result.hits()).extracting(ScreeningHit::kind).containsExactly(MatchKind.URL_HOST);
    assertThat(result.hits()).extracting(ScreeningHit::entry).containsExactly(CASINO);
  }

  @Test
  void anUnlistedItemIsNoHit() {
    ItemResult result = screener.screenItem("+66812345678", null, null);
    assertThat(result.verdict()).isEqualTo(ItemResult.Verdict.NO_HIT);
    assertThat(result.canonical()).isEqualTo("+66812345678");
    assertThat(result.hits()).isEmpty();
    assertThat(result.score()).isEqualTo(Score.NONE);
  }

  @Test
  void whatTheClientMayNotSeeIsNoHit() {
    assertThat(screener.screenItem("+66891234568", null, null).verdict())
        .isEqualTo(ItemResult.Verdict.NO_HIT);
  }

  @Test
  void invalidAndAmbiguousItemsAreInvalidWithAReason() {
    ItemResult garbage = screener.screenItem("not a selector at all", null, null);
    assertThat(garbage.verdict()).isEqualTo(ItemResult.Verdict.INVALID);
    assertThat(garbage.canonical()).isNull();
    assertThat(garbage.reason()).isNotBlank();
    assertThat(garbage.score()).isEqualTo(Score.NONE);
    ItemResult ambiguous = screener.screenItem("0891234567", null, null);
    assertThat(ambiguous.verdict()).isEqualTo(ItemResult.Verdict.INVALID);
    assertThat(ambiguous.reason()).contains("give the type");
    assertThat(screener.screenItem("x".repeat(5000), null, null).verdict())
        .isEqualTo(ItemResult.Verdict.INVALID);
  }

  @Test
  void anItemsRegionOverridesTheScreenersDefault() {
    EventScreener withoutRegion = ListedWorld.screener(null);
    assertThat(withoutRegion.screenItem("0891234567", SelectorType.PHONE, null).verdict())
        .isEqualTo(ItemResult.Verdict.INVALID);
    assertThat(withoutRegion.screenItem("0891234567", SelectorType.PHONE, "th").verdict())
        .isEqualTo(ItemResult.Verdict.HIT);
    assertThat(screener.screenItem("0891234567", SelectorType.PHONE, "XX").reason())
        .contains("region");
  }

  @Test
  void anUnknownDefaultRegionIsABug() {
    assertThatThrownBy(() -> new EventScreener(s -> List.of(), ScoringRule.defaults(), "XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XX");
    assertThat(new EventScreener(s -> List.of(), ScoringRule.defaults(), " ")).isNotNull();
  }

  @Test
  void anItemResultKeepsItsInvariants() {
    var selector = ListedWorld.parse(SelectorType.PHONE, "+66891234567");
    assertThatThrownBy(
            () -> new ItemResult(ItemResult.Verdict.HIT, selector, null, Score.NONE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ItemResult(ItemResult.Verdict.INVALID, selector, "bad", Score.NONE, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ItemResult(
                    ItemResult.Verdict.NO_HIT,
                    selector,
                    null,
                    new Score(50, AlertLevel.REVIEW),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ItemResult.Verdict.values())
        .extracting(ItemResult.Verdict::code)
        .containsExactly("hit", "no_hit", "invalid");
  }
}
