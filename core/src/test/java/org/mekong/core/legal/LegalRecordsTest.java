package org.mekong.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;

/** The records check themselves and name the field that is wrong. */
class LegalRecordsTest {

  private static LegalAction action(ActionKind kind, Subject subject, String details) {
    return new LegalAction(
        kind,
        subject,
        "CCIB 123/2569",
        "Cyber Crime Investigation Bureau",
        LocalDate.parse("2026-10-01"),
        "Criminal Code s. 341",
        ActionStatus.ONGOING,
        details,
        Links.NONE);
  }

  @Test
  void aLegalActionKeepsItsFieldsStripped() {
    LegalAction arrest = action(ActionKind.ARREST, Fixtures.person(), "  at Mae Sot  ");
    assertThat(arrest.details()).isEqualTo("at Mae Sot");
    assertThat(arrest.onPerson()).isTrue();
    assertThat(arrest.subject().kind()).isEqualTo("person");
  }

  @Test
  void aCaseReferenceMayBeWrittenInThaiWithItsVowelMarks() {
    Organisation company =
        new Organisation(List.of("Yatai International Holding Group"), "MMR", "");
    LegalAction seizure =
        new LegalAction(
            ActionKind.ASSET_SEIZURE,
            company,
            "คดีที่ 123/2569",
            "สำนักงานป้องกันและปราบปรามการฟอกเงิน",
            LocalDate.parse("2026-10-01"),
            "Anti-Money Laundering Act s. 48",
            ActionStatus.ONGOING,
            "two bank accounts",
            Links.NONE);
    assertThat(seizure.caseReference()).isEqualTo("คดีที่ 123/2569");
    assertThatThrownBy(
            () ->
                new LegalAction(
                    ActionKind.CHARGE,
                    Fixtures.person(),
                    "C 1; DROP",
                    "CCIB",
                    LocalDate.parse("2026-10-01"),
                    "Act",
                    ActionStatus.ONGOING,
                    "",
                    Links.NONE))
        .hasMessageStartingWith("caseReference may hold");
  }

  @Test
  void anArrestIsOfAPersonAndASeizureSaysWhichAssets() {
    Organisation company =
        new Organisation(List.of("Yatai International Holding Group"), "MMR", "");
    assertThatThrownBy(() -> action(ActionKind.ARREST, company, ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("subject.kind");
    assertThatThrownBy(() -> action(ActionKind.ASSET_SEIZURE, company, ""))
        .hasMessageStartingWith("details");
    assertThat(action(ActionKind.ASSET_SEIZURE, company, "USDT 1.2M in 3 wallets").onPerson())
        .isFalse();
  }

  @Test
  void eachMissingOrBadFieldIsNamed() {
    assertThatThrownBy(
            () ->
                new LegalAction(
                    ActionKind.CHARGE,
                    Fixtures.person(),
                    "CCIB 1",
                    "CCIB",
                    LocalDate.parse("2026-10-01"),
                    " ",
                    ActionStatus.FINAL,
                    "",
                    Links.NONE))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("legalBasis is required");
    assertThatThrownBy(() -> new Person(List.of("Wang"), null, "XYZ", null, List.of()))
        .hasMessageStartingWith("nationality is not a known state");
    assertThatThrownBy(() -> new Person(List.of(), null, null, null, List.of()))
        .hasMessage("names needs at least one name");
    assertThatThrownBy(() -> new TravelDocument("THA", "AB 12*"))
        .hasMessageStartingWith("number must be");
    assertThatThrownBy(
            () -> Texts.within("subject.documents", () -> new TravelDocument("QQQ", "1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("subject.documents.issuingState is not a known state");
  }

  @Test
  void partialDatesAgreeOnWhatBothSidesKnow() {
    PartialDate year = PartialDate.parse("birthDate", "1973");
    PartialDate month = PartialDate.parse("birthDate", "1973-04");
    PartialDate day = PartialDate.parse("birthDate", "1973-04-21");
    assertThat(year.compatibleWith(day)).isTrue();
    assertThat(month.compatibleWith(day)).isTrue();
    assertThat(day.compatibleWith(PartialDate.parse("b", "1973-04-22"))).isFalse();
    assertThat(day.toString()).isEqualTo("1973-04-21");
    assertThat(month.toString()).isEqualTo("1973-04");
    assertThatThrownBy(() -> PartialDate.parse("birthDate", "1973-02-30"))
        .hasMessageContaining("birthDate is not a date that exists");
    assertThatThrownBy(() -> PartialDate.parse("birthDate", "21/04/1973"))
        .hasMessageStartingWith("birthDate must be a date");
  }

  @Test
  void anExpulsionIsCarriedOutNotBeforeItIsOrdered() {
    assertThatThrownBy(
            () ->
                new Expulsion(
                    Fixtures.person(),
                    "TM35 0042/2569",
                    "Immigration Division 4, Tak",
                    "Immigration Act B.E. 2522 s. 54",
                    LocalDate.parse("2026-10-10"),
                    "MMR",
                    "",
                    LocalDate.parse("2026-10-09"),
                    true,
                    true,
                    null,
                    "",
                    Links.NONE))
        .hasMessage("carriedOut must not be before orderDate");
  }
}
