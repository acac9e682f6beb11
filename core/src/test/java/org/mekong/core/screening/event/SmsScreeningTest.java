package org.mekong.core.screening.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.event.ListedWorld.CASINO;
import static org.mekong.core.screening.event.ListedWorld.FAKE_POLICE;
import static org.mekong.core.screening.event.ListedWorld.PHISHING;
import static org.mekong.core.screening.event.ListedWorld.SANCTIONED_WALLET;
import static org.mekong.core.screening.event.Outcomes.assertClean;
import static org.mekong.core.screening.event.Outcomes.assertHit;
import static org.mekong.core.screening.event.Outcomes.invalidReason;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.scoring.AlertLevel;
import org.mekong.core.screening.scoring.Score;
import org.mekong.core.selector.SelectorType;

class SmsScreeningTest {

  private static final Instant SENT = Instant.parse("2026-11-28T08:15:02Z");
  private static final String CLEAN = "+66812345678";

  private final EventScreener screener = ListedWorld.screener("TH");

  @Test
  void aListedUrlAndPhoneInTheBodyHitAndAnAlphanumericSenderIsSkipped() {
    SmsMessage sms =
        new SmsMessage(
            "KBANK",
            CLEAN,
            SENT,
            "Your account is frozen. Verify at https://a.evil.example.com/login?next=1 or call"
                + " 089-123-4567 today.");
    EventResult result = screener.screen(sms);
    assertThat(result.fields())
        .extracting(FieldResult::role)
        .containsExactly("recipient", "body", "body");
    assertClean(result.fields().get(0));
    assertThat(result.fields())
        .extracting(FieldResult::raw)
        .containsExactly(CLEAN, "https://a.evil.example.com/login?next=1", "+66891234567");
    assertHit(result.fields().get(1), PHISHING, MatchKind.URL_EXPRESSION);
    assertHit(result.fields().get(2), FAKE_POLICE, MatchKind.EXACT);
    // 1 - (1 - 0.81)(1 - 0.9) = 0.981
    assertThat(result.score()).isEqualTo(new Score(98, AlertLevel.URGENT_REVIEW));
  }

  @Test
  void aSubdomainAndAWalletInTheBodyHit() {
    SmsMessage sms =
        new SmsMessage(
            CLEAN,
            "0891234999",
            null,
            "Bonus 300% at m.fun88.asia - deposit USDT to TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre");
    EventResult result = screener.screen(sms);
    assertThat(result.fields())
        .extracting(FieldResult::role)
        .containsExactly("sender", "recipient", "body", "body");
    assertHit(result.fields().get(2), CASINO, MatchKind.PARENT_DOMAIN);
    assertHit(result.fields().get(3), SANCTIONED_WALLET, MatchKind.EXACT);
    // 1 - (1 - 0.48)(1 - 1.0) = 1
    assertThat(result.score()).isEqualTo(new Score(100, AlertLevel.URGENT_REVIEW));
  }

  @Test
  void aListedSenderHitsInNationalForm() {
    EventResult result = screener.screen(new SmsMessage("0891234567", CLEAN, SENT, "hello"));
    assertHit(result.fields().get(0), FAKE_POLICE, MatchKind.EXACT);
    assertThat(result.score().value()).isEqualTo(90);
  }

  @Test
  void aNumericSenderThatIsNoPhoneIsReportedInvalidNotSkipped() {
    EventResult result = screener.screen(new SmsMessage("12", CLEAN, SENT, ""));
    assertThat(result.fields())
        .extracting(FieldResult::role)
        .containsExactly("sender", "recipient");
    assertThat(invalidReason(result.fields().get(0))).isNotBlank();
    assertThat(result.score()).isEqualTo(Score.NONE);
  }

  @Test
  void senderIdsWithLettersAreNoSelectors() {
    for (String id : new String[] {"KBANK", "TrueMove-H", "AIS", "Lazada"}) {
      assertThat(new SmsMessage(id, CLEAN, null, "").fields("TH"))
          .as(id)
          .extracting(EventField::role)
          .containsExactly("recipient");
    }
  }

  @Test
  void bodyFieldsCarryTheTypeTheExtractorFound() {
    assertThat(new SmsMessage(CLEAN, CLEAN, null, "see fun88.asia or +66 89 123 4567").fields("TH"))
        .extracting(EventField::type)
        .containsExactly(
            SelectorType.PHONE, SelectorType.PHONE, SelectorType.DOMAIN, SelectorType.PHONE);
  }

  @Test
  void anSmsValidatesItself() {
    assertThatThrownBy(
            () -> new SmsMessage(CLEAN, CLEAN, null, "x".repeat(SmsMessage.MAX_BODY_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4096");
    assertThat(new SmsMessage(CLEAN, CLEAN, null, "x".repeat(SmsMessage.MAX_BODY_LENGTH)).body())
        .hasSize(4096);
  }
}
