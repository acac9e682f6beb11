package org.mekong.core.screening.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.event.ListedWorld.FAKE_POLICE;
import static org.mekong.core.screening.event.ListedWorld.SIM_BOX;
import static org.mekong.core.screening.event.Outcomes.assertClean;
import static org.mekong.core.screening.event.Outcomes.assertHit;
import static org.mekong.core.screening.event.Outcomes.invalidReason;
import static org.mekong.core.screening.event.Outcomes.screened;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.scoring.AlertLevel;
import org.mekong.core.screening.scoring.Score;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

class CallRecordScreeningTest {

  private static final Instant START = Instant.parse("2026-11-28T08:15:02Z");
  private static final String CLEAN = "+66812345678";

  private final EventScreener screener = ListedWorld.screener("TH");

  private static CallRecord call(String a, String b, @Nullable String imei, @Nullable String imsi) {
    return new CallRecord(a, b, imei, imsi, "52001-1234-56789", START, Duration.ofSeconds(42));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"+66891234567", "66891234567", "0066891234567", "0891234567", "+66 89 123 4567"})
  void aListedCallerHitsHoweverTheOperatorWritesIt(String aNumber) {
    EventResult result = screener.screen(call(aNumber, CLEAN, null, null));
    assertThat(result.fields())
        .extracting(FieldResult::role)
        .containsExactly("a_number", "b_number");
    assertHit(result.fields().get(0), FAKE_POLICE, MatchKind.EXACT);
    assertThat(screened(result.fields().get(0)).canonical()).isEqualTo("+66891234567");
    assertThat(result.fields().get(0).raw()).isEqualTo(aNumber);
    assertClean(result.fields().get(1));
    assertThat(result.score()).isEqualTo(new Score(90, AlertLevel.URGENT_REVIEW));
  }

  @Test
  void theSameNumberOnBothSidesCountsOnce() {
    EventResult result = screener.screen(call("0891234567", "+66891234567", null, null));
    assertThat(result.hits()).hasSize(2);
    assertThat(result.score().value()).isEqualTo(90);
  }

  @Test
  void aListedHandsetAddsToTheCallersScore() {
    EventResult result = screener.screen(call("0891234567", CLEAN, "49-015420-323751-8", null));
    assertHit(result.fields().get(2), SIM_BOX, MatchKind.EXACT);
    // 1 - (1 - 0.9)(1 - 0.56) = 0.956
    assertThat(result.score()).isEqualTo(new Score(96, AlertLevel.URGENT_REVIEW));
    assertThat(screener.screen(call(CLEAN, CLEAN, "490154203237518", null)).score())
        .isEqualTo(new Score(56, AlertLevel.REVIEW));
  }

  @Test
  void invalidFieldsAreReportedAndTheRestIsStillScreened() {
    EventResult result = screener.screen(call("12", "0891234567", "490154203237519", "abc"));
    assertThat(result.fields())
        .extracting(FieldResult::role)
        .containsExactly("a_number", "b_number", "imei", "imsi");
    assertThat(invalidReason(result.fields().get(0))).isNotBlank();
    assertHit(result.fields().get(1), FAKE_POLICE, MatchKind.EXACT);
    assertThat(invalidReason(result.fields().get(2))).isNotBlank();
    assertThat(invalidReason(result.fields().get(3))).isNotBlank();
    assertThat(result.score().value()).isEqualTo(90);
  }

  @Test
  void aWithheldCallerIsReportedInvalidNotSkipped() {
    EventResult result = screener.screen(call("", CLEAN, " ", ""));
    assertThat(result.fields())
        .extracting(FieldResult::role)
        .containsExactly("a_number", "b_number");
    assertThat(invalidReason(result.fields().get(0))).isEqualTo("empty input");
    assertThat(result.score()).isEqualTo(Score.NONE);
    assertThat(result.hit()).isFalse();
  }

  @Test
  void aNationalNumberNeedsTheDefaultRegion() {
    EventResult result = ListedWorld.screener(null).screen(call("0891234567", CLEAN, null, null));
    assertThat(result.fields().get(0).outcome()).isInstanceOf(FieldOutcome.Invalid.class);
    assertThat(result.score()).isEqualTo(Score.NONE);
  }

  @Test
  void fieldsAreCheckedAsTheirTypes() {
    assertThat(call("0891234567", CLEAN, "490154203237518", "520031234567890").fields("TH"))
        .extracting(EventField::type)
        .containsExactly(
            SelectorType.PHONE, SelectorType.PHONE, SelectorType.IMEI, SelectorType.IMSI);
  }

  @Test
  void aCallRecordValidatesItself() {
    String tooLong = "1".repeat(Selectors.MAX_INPUT_LENGTH + 1);
    assertThatThrownBy(() -> call(tooLong, CLEAN, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a_number");
    assertThatThrownBy(() -> call(CLEAN, CLEAN, tooLong, null)).hasMessageContaining("imei");
    assertThatThrownBy(
            () -> new CallRecord(CLEAN, CLEAN, null, null, null, null, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    CallRecord bare = new CallRecord(CLEAN, CLEAN, "", " ", "", null, null);
    assertThat(bare.imei()).isNull();
    assertThat(bare.imsi()).isNull();
    assertThat(bare.cell()).isNull();
    assertThat(bare.fields(null)).hasSize(2);
  }
}
