package org.mekong.core.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;

/** The values of a person's record refuse what cannot be true, naming the field. */
class PersonFieldsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void birthDatesMayBePartialButNeverImpossible() {
    assertThat(PartialDate.parseBirthDate("birthDate", "1994", TODAY)).hasToString("1994");
    assertThat(PartialDate.parseBirthDate("birthDate", "1994-03", TODAY)).hasToString("1994-03");
    assertThat(PartialDate.parseBirthDate("birthDate", "2000-02-29", TODAY))
        .hasToString("2000-02-29");
    for (String bad :
        new String[] {
          "2001-02-29", "1994-13", "1994-00", "1994-04-31", "1899", "2027", "94", "1994-3"
        }) {
      assertThatThrownBy(() -> PartialDate.parseBirthDate("birthDate", bad, TODAY))
          .as(bad)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("birthDate ");
    }
  }

  @Test
  void partialDatesAreCompatibleWithTheFullDatesTheyCover() {
    PartialDate year = PartialDate.parseBirthDate("d", "1994", TODAY);
    assertThat(year.compatibleWith(PartialDate.parseBirthDate("d", "1994-03-02", TODAY))).isTrue();
    assertThat(year.compatibleWith(PartialDate.parseBirthDate("d", "1995", TODAY))).isFalse();
    assertThat(
            PartialDate.parseBirthDate("d", "1994-03", TODAY)
                .compatibleWith(PartialDate.parseBirthDate("d", "1994-04-01", TODAY)))
        .isFalse();
    assertThat(PartialDate.parseBirthDate("d", "2008-12-07", TODAY).ageOn(TODAY)).isEqualTo(17);
  }

  @Test
  void nationalitiesAreAlpha3CodesOrIcaosCodesForPeopleWithoutOne() {
    assertThat(Nationality.parse("n", "THA").country())
        .hasValueSatisfying(c -> assertThat(c.value()).isEqualTo("TH"));
    assertThat(Nationality.parse("n", "XXA").country()).isEmpty();
    for (String bad : new String[] {"TH", "ZZZ", "tha", "D", "UTO", "EUE"}) {
      assertThatThrownBy(() -> Nationality.parse("nationalities[0]", bad))
          .as(bad)
          .hasMessageStartingWith("nationalities[0] must be an ISO 3166-1 alpha-3");
    }
  }

  @Test
  void namesInEveryScriptAreAcceptedAndTheirScriptIsKnown() {
    assertThat(PersonName.parse("names[0]", " 王小红 ").script()).isEqualTo("han");
    assertThat(PersonName.parse("names[0]", "ဝင်းမောင်").script()).isEqualTo("myanmar");
    assertThat(PersonName.parse("names[0]", "Nguyễn Văn An").script()).isEqualTo("latin");
    assertThatThrownBy(() -> PersonName.parse("names[1]", "   "))
        .hasMessageStartingWith("names[1] ");
    assertThatThrownBy(() -> PersonName.parse("names[1]", "a\u0000b"))
        .hasMessageStartingWith("names[1] ");
  }

  @Test
  void documentNumbersAreCanonicalAndCoordinatesInRange() {
    assertThat(IdentityDocument.number("n", "e 123-456 7")).isEqualTo("E1234567");
    assertThatThrownBy(() -> IdentityDocument.number("documents[0].number", "E12/3"))
        .hasMessageStartingWith("documents[0].number ");
    assertThatThrownBy(() -> new Coordinates(91, 0)).hasMessageStartingWith("coordinates ");
    assertThatThrownBy(() -> new Coordinates(16.7, Double.NaN))
        .hasMessageStartingWith("coordinates ");
    assertThat(Language.parse("l", "my").code()).isEqualTo("my");
    assertThatThrownBy(() -> Language.parse("languages[0]", "xx"))
        .hasMessageStartingWith("languages[0] ");
  }

  @Test
  void codesNameTheFieldAndTheAllowedValues() {
    assertThat(Codes.parse(ControlMethod.class, "c", "withheld-documents"))
        .isEqualTo(ControlMethod.WITHHELD_DOCUMENTS);
    assertThatThrownBy(
            () -> Codes.parse(RecruitmentChannel.class, "recruitmentChannels[0]", "myspace"))
        .hasMessageContaining("recruitmentChannels[0] must be one of telegram, wechat, line");
  }
}
