package org.mekong.core.border.mrz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random documents: they round-trip, and corrupting a checked character is caught. */
class MrzPropertyTest {

  private static final String ZONE_CHARACTERS = RandomDocuments.ALPHANUMERIC + "<";
  private final MrzParser parser = new MrzParser(MrzSpecimenTest.TODAY);
  private final LocalDate today = LocalDate.now(MrzSpecimenTest.TODAY);

  @Test
  void randomDocumentsWithCorrectCheckDigitsParseValidAndRoundTrip() {
    long seed = System.nanoTime();
    RandomDocuments documents = new RandomDocuments(new Random(seed), today);
    for (int i = 0; i < 5_000; i++) {
      MrzDocument document = documents.next();
      String zone = MrzComposer.compose(document);
      assertThat(parser.parse(zone)).as("seed %d: %s", seed, zone).isEqualTo(document);
    }
  }

  /**
   * Every substitution in a field a check digit covers is caught, except where Doc 9303's check
   * digits cannot see it: in a field that takes letters, a character of the same value modulo 10
   * ({@code 0}, {@code <}, {@code A}, {@code K}, {@code U} all weigh the same).
   */
  @Test
  void everySingleCharacterCorruptionOfACheckedFieldIsCaught() {
    long seed = System.nanoTime();
    RandomDocuments documents = new RandomDocuments(new Random(seed), today);
    int caught = 0;
    for (int i = 0; i < 200; i++) {
      MrzDocument document = documents.next();
      String zone = MrzComposer.compose(document);
      CheckedPositions positions = CheckedPositions.of(document, zone);
      for (int p = 0; p < zone.length(); p++) {
        if (!positions.checked(p)) {
          continue;
        }
        char original = zone.charAt(p);
        for (char replacement : ZONE_CHARACTERS.toCharArray()) {
          if (replacement == original || positions.invisible(p, original, replacement)) {
            continue;
          }
          String corrupted = zone.substring(0, p) + replacement + zone.substring(p + 1);
          if (parser.parse(corrupted).valid()) {
            fail("seed %d: %s with %s at %d is not caught", seed, zone, replacement, p);
          }
          caught++;
        }
      }
    }
    assertThat(caught).as("seed %d", seed).isGreaterThan(100_000);
  }
}
