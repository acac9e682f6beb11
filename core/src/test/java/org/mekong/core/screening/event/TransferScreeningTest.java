package org.mekong.core.screening.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekong.core.screening.event.ListedWorld.MULE;
import static org.mekong.core.screening.event.ListedWorld.SANCTIONED_WALLET;
import static org.mekong.core.screening.event.Outcomes.assertClean;
import static org.mekong.core.screening.event.Outcomes.assertHit;
import static org.mekong.core.screening.event.Outcomes.invalidReason;
import static org.mekong.core.screening.event.Outcomes.screened;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mekong.core.screening.MatchKind;
import org.mekong.core.screening.scoring.AlertLevel;
import org.mekong.core.screening.scoring.Score;
import org.mekong.core.selector.SelectorType;

class TransferScreeningTest {

  private static final Instant AT = Instant.parse("2026-11-28T08:15:02Z");
  private static final BigDecimal AMOUNT = new BigDecimal("1500.00");
  private static final String CLEAN_IBAN = "DE89 3704 0044 0532 0130 00";

  private final EventScreener screener = ListedWorld.screener("TH");

  @Test
  void aPaymentIntoAListedMuleAccountIsHeldForReview() {
    EventResult result =
        screener.screen(new Transfer(CLEAN_IBAN, "th:kasithbk:1234567890", AMOUNT, "THB", AT));
    assertThat(screened(result.fields().get(0)).canonical()).isEqualTo("DE89370400440532013000");
    assertClean(result.fields().get(0));
    assertHit(result.fields().get(1), MULE, MatchKind.EXACT);
    assertThat(result.score()).isEqualTo(new Score(72, AlertLevel.HOLD_AND_REVIEW));
  }

  @Test
  void aPaymentToASanctionedWalletIsUrgent() {
    Transfer transfer =
        new Transfer(
            "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7",
            "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre",
            new BigDecimal("250"),
            "USDT",
            null);
    assertThat(transfer.fields(null))
        .extracting(EventField::type)
        .containsExactly(SelectorType.WALLET, SelectorType.WALLET);
    EventResult result = screener.screen(transfer);
    assertClean(result.fields().get(0));
    assertHit(result.fields().get(1), SANCTIONED_WALLET, MatchKind.EXACT);
    assertThat(result.score()).isEqualTo(new Score(100, AlertLevel.URGENT_REVIEW));
  }

  @Test
  void partiesAreCheckedAsAccountsOrWalletsNeverAsOtherTypes() {
    assertThat(new Transfer(CLEAN_IBAN, "+66891234567", null, null, null).fields("TH"))
        .extracting(EventField::type)
        .containsExactly(SelectorType.BANK_ACCOUNT, SelectorType.BANK_ACCOUNT);
    EventResult result =
        screener.screen(new Transfer(CLEAN_IBAN, "+66891234567", null, null, null));
    assertThat(invalidReason(result.fields().get(1))).isNotBlank();
    assertThat(result.score()).isEqualTo(Score.NONE);
  }

  @Test
  void invalidPartiesAreReportedAndTheOtherIsStillScreened() {
    String badChecksum = "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLrf";
    for (String payer : new String[] {"hello", "1234567890", badChecksum, ""}) {
      EventResult result =
          screener.screen(new Transfer(payer, "TH:KASITHBK:1234567890", AMOUNT, "THB", AT));
      assertThat(invalidReason(result.fields().get(0))).as(payer).isNotBlank();
      assertHit(result.fields().get(1), MULE, MatchKind.EXACT);
      assertThat(result.score().value()).as(payer).isEqualTo(72);
    }
    assertThat(
            invalidReason(
                screener
                    .screen(new Transfer("1234567890", CLEAN_IBAN, null, null, null))
                    .fields()
                    .get(0)))
        .contains("CC:BIC:account");
  }

  @Test
  void aTransferValidatesItself() {
    assertThatThrownBy(() -> new Transfer(CLEAN_IBAN, CLEAN_IBAN, new BigDecimal("-1"), null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> new Transfer(CLEAN_IBAN, CLEAN_IBAN, AMOUNT, "TH B", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currency");
    assertThat(new Transfer(CLEAN_IBAN, CLEAN_IBAN, AMOUNT, " ", null).currency()).isNull();
    assertThat(new Transfer(CLEAN_IBAN, CLEAN_IBAN, BigDecimal.ZERO, "USDC.e", null).currency())
        .isEqualTo("USDC.e");
  }
}
