package org.mekong.core.screening.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.event.ListedWorld.CASINO;
import static org.mekong.core.screening.event.ListedWorld.PHISHING;
import static org.mekong.core.screening.event.Outcomes.assertClean;
import static org.mekong.core.screening.event.Outcomes.assertHit;
import static org.mekong.core.screening.event.Outcomes.invalidReason;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.scoring.AlertLevel;
import org.mekong.core.screening.scoring.Score;
import org.mekong.core.selector.Selectors;

class WebVisitScreeningTest {

  private final EventScreener screener = ListedWorld.screener(null);

  @Test
  void aUrlUnderAListedUrlHits() {
    EventResult result =
        screener.screen(
            new WebVisit(
                "HTTPS://a.Evil.example.com/login?next=1", Instant.parse("2026-11-28T08:15:02Z")));
    assertThat(result.fields()).extracting(FieldResult::role).containsExactly("url");
    assertHit(result.fields().get(0), PHISHING, MatchKind.URL_EXPRESSION);
    assertThat(result.score()).isEqualTo(new Score(81, AlertLevel.HOLD_AND_REVIEW));
  }

  @Test
  void aUrlOnASubdomainOfAListedDomainHits() {
    EventResult result = screener.screen(new WebVisit("http://m.fun88.asia/casino/slots", null));
    assertHit(result.fields().get(0), CASINO, MatchKind.URL_HOST);
    assertThat(result.score()).isEqualTo(new Score(48, AlertLevel.REVIEW));
  }

  @Test
  void anUnlistedUrlScoresZero() {
    EventResult result = screener.screen(new WebVisit("https://example.org/login", null));
    assertClean(result.fields().get(0));
    assertThat(result.score()).isEqualTo(Score.NONE);
    assertThat(result.hit()).isFalse();
  }

  @Test
  void aGarbledUrlIsReportedInvalid() {
    EventResult result = screener.screen(new WebVisit("http://", null));
    assertThat(invalidReason(result.fields().get(0))).isNotBlank();
    assertThat(result.score()).isEqualTo(Score.NONE);
  }

  @Test
  void anOverlongUrlIsRefusedByTheRecord() {
    String url = "http://example.org/" + "a".repeat(Selectors.MAX_INPUT_LENGTH);
    assertThatThrownBy(() -> new WebVisit(url, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("url")
        .hasMessageContaining(String.valueOf(Selectors.MAX_INPUT_LENGTH));
  }
}
