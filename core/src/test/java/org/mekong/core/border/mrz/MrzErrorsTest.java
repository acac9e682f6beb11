package org.mekong.core.border.mrz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Malformed zones: each failed check named, every field that can still be read read. */
class MrzErrorsTest {

  private static final String TD3_LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
  private final MrzParser parser = new MrzParser(MrzSpecimenTest.TODAY);

  /** A TD3 passport with these birth and expiry dates, all check digits right. */
  private static String passport(String birth, String expiry, String personalNumber) {
    String body =
        "L898902C36UTO"
            + birth
            + digit(birth)
            + "F"
            + expiry
            + digit(expiry)
            + personalNumber
            + (personalNumber.replace("<", "").isEmpty() ? "<" : digit(personalNumber));
    String composite =
        digit(body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43));
    return TD3_LINE1 + " " + body + composite;
  }

  private static String digit(String text) {
    return String.valueOf(CheckDigit.of(text));
  }

  @Test
  void eachWrongCheckDigitIsNamed() {
    String good = MrzSpecimenTest.TD3;
    assertThat(parser.parse(good.replace("L898902C36", "L898902C35")).errors())
        .containsExactly("documentNumber check digit", "composite check digit");
    assertThat(parser.parse(good.replace("7408122F", "7408123F")).errors())
        .containsExactly("birthDate check digit", "composite check digit");
    assertThat(parser.parse(good.replace("1204159", "1204158")).errors())
        .containsExactly("expiryDate check digit", "composite check digit");
    assertThat(parser.parse(good.replace("<<<<<10", "<<<<<20")).errors())
        .containsExactly("optionalData check digit", "composite check digit");
    assertThat(parser.parse(good.replace("<<<<<10", "<<<<<11")).errors())
        .containsExactly("composite check digit");
    MrzDocument broken = parser.parse(good.replace("<<<<<10", "<<<<<11"));
    assertThat(broken.valid()).isFalse();
    assertThat(broken.documentNumber()).isEqualTo("L898902C3");
    assertThat(broken.birthDate()).isEqualTo(LocalDate.of(1974, 8, 12));
  }

  @Test
  void aLineOfTheWrongLengthIsNamedAndTheOtherLinesAreStillRead() {
    MrzDocument document = parser.parse(MrzSpecimenTest.TD3.substring(0, 88));
    assertThat(document.errors()).containsExactly("line 2 has 43 characters, expected 44");
    assertThat(document.format()).isEqualTo(MrzFormat.TD3);
    assertThat(document.surname()).isEqualTo("ERIKSSON");
    assertThat(document.issuingState()).isEqualTo("UTO");
    assertThat(document.documentNumber()).isNull();
    assertThat(document.birthDate()).isNull();
  }

  @Test
  void charactersOutsideTheZoneAlphabetAreNamedWithTheirPosition() {
    MrzDocument document = parser.parse(MrzSpecimenTest.TD3.replace("P<UTOE", "P<UTOe"));
    assertThat(document.errors())
        .startsWith("character 'e' at line 1 position 6 is not A-Z, 0-9 or <");
    assertThat(document.valid()).isFalse();
    assertThat(document.surname()).isEqualTo("eRIKSSON");
  }

  @Test
  void impossibleAndUnknownDatesAreErrors() {
    MrzDocument impossible = parser.parse(passport("991332", "301231", "<<<<<<<<<<<<<<"));
    assertThat(impossible.errors()).containsExactly("birthDate 991332 is not a date");
    assertThat(impossible.birthDate()).isNull();
    assertThat(impossible.expiryDate()).isEqualTo(LocalDate.of(2030, 12, 31));
    MrzDocument unknown = parser.parse(passport("7408<<", "301231", "<<<<<<<<<<<<<<"));
    assertThat(unknown.errors())
        .containsExactly("birthDate 7408<< is not a date (unknown digits written <)");
    assertThat(parser.parse(passport("250229", "301231", "<<<<<<<<<<<<<<")).errors())
        .containsExactly("birthDate 250229 is not a date");
    assertThat(parser.parse(passport("000229", "000229", "<<<<<<<<<<<<<<")).birthDate())
        .isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void twoDigitYearsTakeTheirCenturyFromToday() {
    // today is 2026-12-06: a birth date is not in the future; an expiry date is within -49..+50
    MrzDocument a = parser.parse(passport("261206", "761231", "<<<<<<<<<<<<<<"));
    assertThat(a.birthDate()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(a.expiryDate()).isEqualTo(LocalDate.of(2076, 12, 31));
    MrzDocument b = parser.parse(passport("261207", "771231", "<<<<<<<<<<<<<<"));
    assertThat(b.birthDate()).isEqualTo(LocalDate.of(1926, 12, 7));
    assertThat(b.expiryDate()).isEqualTo(LocalDate.of(1977, 12, 31));
  }

  @Test
  void anEmptyPersonalNumberMayHaveAFillerOrZeroAsCheckDigitButAFilledOneMayNot() {
    String filler = passport("740812", "301231", "<<<<<<<<<<<<<<");
    assertThat(parser.parse(filler).errors()).isEmpty();
    String zero = filler.substring(0, 87) + "0" + filler.substring(88);
    assertThat(parser.parse(zero).errors()).isEmpty();
    String filled = passport("740812", "301231", "AB1234<<<<<<<<");
    String fillerCheck = filled.substring(0, 87) + "<" + filled.substring(88);
    assertThat(parser.parse(fillerCheck).errors()).contains("optionalData check digit");
  }

  @Test
  void ocrConfusionsAreReportedNotCorrected() {
    MrzDocument letterO = parser.parse(MrzSpecimenTest.TD3.replace("7408122F", "74O8122F"));
    assertThat(letterO.errors())
        .contains("birthDate 74O812 is not a date (OCR confusion of 0 and O?)");
    MrzDocument zeroForO =
        parser.parse(MrzSpecimenTest.TD3.replace("P<UTO", "P<UT0").replace("6UTO", "6UT0"));
    assertThat(zeroForO.issuingState()).isEqualTo("UT0");
    assertThat(zeroForO.errors())
        .contains(
            "issuingState UT0 is not an ICAO 9303 state or organisation code"
                + " (OCR confusion of O and 0?)",
            "nationality UT0 is not an ICAO 9303 state or organisation code"
                + " (OCR confusion of O and 0?)");
    MrzDocument checkDigitO = parser.parse(MrzSpecimenTest.TD3.replace("B<<<<<10", "B<<<<<1O"));
    assertThat(checkDigitO.errors())
        .containsExactly("composite check digit 'O' is not a digit (OCR confusion of 0 and O?)");
  }

  @Test
  void germanyIsDWithFillersAndUnknownCodesAreErrors() {
    MrzDocument german =
        parser.parse(
            "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<"
                + " C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4");
    assertThat(german.errors()).isEmpty();
    assertThat(german.issuingState()).isEqualTo("D");
    assertThat(german.nationality()).isEqualTo("D");
    assertThat(german.givenNames()).isEqualTo("ERIKA");
    assertThat(IcaoCodes.isKnown("THA")).isTrue();
    assertThat(IcaoCodes.isKnown("XXB")).isTrue();
    assertThat(IcaoCodes.isKnown("ZZZ")).isFalse();
    assertThat(IcaoCodes.isKnown("D<<")).isFalse();
    MrzDocument unknown = parser.parse(MrzSpecimenTest.TD3.replace("P<UTO", "P<ZZZ"));
    assertThat(unknown.errors())
        .containsExactly("issuingState ZZZ is not an ICAO 9303 state or organisation code");
  }

  @Test
  void sexIsMFOrUnspecified() {
    String body = MrzSpecimenTest.TD3;
    assertThat(parser.parse(body.replace("2F1204", "2<1204")).sex()).isEqualTo(Sex.UNSPECIFIED);
    assertThat(parser.parse(body.replace("2F1204", "2X1204")).sex()).isEqualTo(Sex.UNSPECIFIED);
    assertThat(parser.parse(body.replace("2F1204", "2M1204")).sex()).isEqualTo(Sex.MALE);
    MrzDocument wrong = parser.parse(body.replace("2F1204", "2Q1204"));
    assertThat(wrong.sex()).isNull();
    assertThat(wrong.errors()).containsExactly("sex 'Q' is not M, F, X or <");
  }

  @Test
  void aLongTd1DocumentNumberOverflowsIntoOptionalData() {
    MrzDocument card =
        new MrzDocument(
            MrzFormat.TD1,
            "I",
            "UTO",
            "D23145890734",
            "UTO",
            LocalDate.of(1974, 8, 12),
            Sex.FEMALE,
            LocalDate.of(2030, 4, 15),
            "ERIKSSON",
            "ANNA MARIA",
            "XYZ",
            "",
            java.util.List.of());
    String zone = MrzComposer.compose(card);
    // 9 characters, a filler where the check digit would be, the rest, the check digit, a filler
    assertThat(zone).startsWith("I<UTOD23145890<734" + digit("D23145890734") + "<XYZ<<<<<<< ");
    assertThat(parser.parse(zone)).isEqualTo(card);
    String wrong = zone.replace("<734", "<735");
    assertThat(parser.parse(wrong).errors())
        .containsExactly("documentNumber check digit", "composite check digit");
  }

  @Test
  void aVisaHasNoCompositeCheckDigitToFail() {
    String visa = MrzSpecimenTest.MRV_A;
    assertThat(parser.parse(visa.substring(0, 88) + "7").errors()).isEmpty();
  }

  @Test
  void blankAndShapelessInputIsAnError() {
    assertThat(parser.parse("   ").errors())
        .containsExactly("empty line: no machine-readable zone");
    assertThat(parser.parse("   ").format()).isNull();
    assertThat(parser.parse(MrzSpecimenTest.TD3.replace(" ", "")).errors())
        .containsExactly("found one line of 88 characters: separate the MRZ lines with spaces");
    assertThat(parser.parse("A B C D").errors())
        .containsExactly("found 4 lines, expected 2 (TD2, TD3) or 3 (TD1)");
    assertThat(parser.parse(MrzSpecimenTest.TD3.replace(" ", "  ")).errors())
        .containsExactly("MRZ lines must be separated by single spaces");
    assertThat(parser.parse("P<UTO HELLO").errors())
        .contains("line 1 has 5 characters, expected 36");
  }

  @Test
  void aNameWithADigitIsAnError() {
    MrzDocument document = parser.parse(MrzSpecimenTest.TD3.replace("ERIKSSON", "ER1KSSON"));
    assertThat(document.errors())
        .containsExactly("name has the digit 1 at line 1 position 8 (OCR confusion of I and 1?)");
    assertThat(document.surname()).isEqualTo("ER1KSSON");
  }

  @Test
  void aWrongDocumentCodeIsNamed() {
    MrzDocument document = parser.parse(MrzSpecimenTest.TD3.replace("P<UTO", "X<UTO"));
    assertThat(document.errors())
        .containsExactly(
            "documentCode X< is not a TD3 document code (one of P, V, then a letter or <)");
  }
}
