package org.mekong.core.border.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.core.border.mrz.Sex;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.BlockingKeys;
import org.mekong.core.names.Schema;

/** How a traveller is taken for a listed person, and why. */
class TravellerMatcherTest {

  private static final Person LISTED =
      new Person(
          List.of("Saw Chit Thu"),
          PartialDate.parse("birthDate", "1973-04-21"),
          "MMR",
          Sex.MALE,
          List.of(new TravelDocument("MMR", "MA1234567")));

  private static Traveller traveller(
      String surname, String given, String born, String nationality, String document) {
    return new Traveller(
        surname,
        given,
        born.isEmpty() ? null : PartialDate.parse("birthDate", born),
        nationality.isEmpty() ? null : nationality,
        document.isEmpty() ? null : new TravelDocument(nationality, document));
  }

  @Test
  void theSameDocumentOfTheSameStateIsCertainWhateverTheName() {
    PersonMatch match =
        TravellerMatcher.match(traveller("Aung", "Min", "1980-01-01", "MMR", "MA1234567"), LISTED)
            .orElseThrow();
    assertThat(match.strength()).isEqualTo(Strength.CERTAIN);
    assertThat(match.reasons().getFirst()).contains("same document: MMR MA1234567");
  }

  @Test
  void aNameTypedInThaiScriptMatchesTheLatinListingWithTheBirthDate() {
    PersonMatch match =
        TravellerMatcher.match(traveller("ชิต ตู", "ซอ", "1973-04-21", "MMR", ""), LISTED)
            .orElseThrow();
    assertThat(match.strength()).isEqualTo(Strength.STRONG);
    assertThat(match.reasons()).anyMatch(r -> r.startsWith("name matches"));
    assertThat(match.reasons()).contains("birth date 1973-04-21 agrees with 1973-04-21");
    assertThat(BlockingKeys.of(Schema.PERSON, "ซอ ชิต ตู"))
        .as("a candidate lookup by keys finds the listing")
        .containsAnyElementsOf(BlockingKeys.of(Schema.PERSON, "Saw Chit Thu"));
  }

  @Test
  void aDifferentBirthDateIsNoMatchAndAnUnknownOneOnlyPossible() {
    assertThat(
            TravellerMatcher.match(traveller("Thu", "Saw Chit", "1990-02-02", "MMR", ""), LISTED))
        .isEmpty();
    assertThat(
            TravellerMatcher.match(traveller("Thu", "Saw Chit", "", "", ""), LISTED)
                .orElseThrow()
                .strength())
        .isEqualTo(Strength.POSSIBLE);
    assertThat(
            TravellerMatcher.match(traveller("Thu", "Saw Chit", "1973", "THA", ""), LISTED)
                .orElseThrow()
                .strength())
        .as("another nationality")
        .isEqualTo(Strength.POSSIBLE);
  }

  @Test
  void anotherNameIsNoMatch() {
    assertThat(TravellerMatcher.match(traveller("Smith", "John", "1973-04-21", "MMR", ""), LISTED))
        .isEmpty();
    assertThat(
            TravellerMatcher.match(traveller("Thu", "Saw Chit", "", "MMR", "MA7654321"), LISTED)
                .orElseThrow()
                .strength())
        .as("another document of the same state does not contradict a name")
        .isEqualTo(Strength.POSSIBLE);
  }
}
