package org.mekong.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.mekong.core.border.mrz.MrzComposer;
import org.mekong.core.border.mrz.MrzDocument;
import org.mekong.core.border.mrz.MrzFormat;
import org.mekong.core.border.mrz.Sex;

/**
 * Seeded machine-readable zones as a border post reads them: passports (TD3) mostly, identity cards
 * (TD1, TD2) and visas, a tenth of them with one digit of a date misread.
 */
final class MrzSample {

  /** The day the sample's dates are relative to. */
  static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final List<String> STATES =
      List.of("THA", "MMR", "CHN", "LAO", "KHM", "VNM", "MYS", "D", "GBR", "USA", "IND", "XXA");

  private MrzSample() {}

  static String[] zones(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] zones = new String[size];
    for (int i = 0; i < size; i++) {
      String zone = MrzComposer.compose(document(random));
      if (random.nextInt(10) == 0) {
        // a birth-date digit read as another digit: every check-digit scheme must catch it
        int line2 = zone.indexOf(' ') + 1;
        int position = line2 + (zone.length() == 92 ? 3 : 16);
        char wrong = (char) ('0' + (zone.charAt(position) - '0' + 1 + random.nextInt(9)) % 10);
        zone = zone.substring(0, position) + wrong + zone.substring(position + 1);
      }
      zones[i] = zone;
    }
    return zones;
  }

  private static MrzDocument document(SplittableRandom random) {
    int kind = random.nextInt(20);
    MrzFormat format = kind < 14 ? MrzFormat.TD3 : kind < 17 ? MrzFormat.TD1 : MrzFormat.TD2;
    boolean visa = format != MrzFormat.TD1 && random.nextInt(8) == 0;
    String code = visa ? "V" : format == MrzFormat.TD3 ? "P" : "ID";
    int nameLength = format == MrzFormat.TD1 ? 30 : format.length() - 5;
    String surname = text(random, LETTERS, 3 + random.nextInt(8));
    String given = text(random, LETTERS, 3 + random.nextInt(7));
    if (random.nextBoolean()) {
      given = given + " " + text(random, LETTERS, 2 + random.nextInt(6));
    }
    if (surname.length() + 2 + given.length() > nameLength) {
      given = "";
    }
    int optionalLength =
        format == MrzFormat.TD1 ? 15 : format == MrzFormat.TD2 ? (visa ? 8 : 7) : visa ? 16 : 14;
    return new MrzDocument(
        format,
        code,
        STATES.get(random.nextInt(STATES.size())),
        text(random, ALPHANUMERIC, 8 + random.nextInt(2)),
        STATES.get(random.nextInt(STATES.size())),
        TODAY.minusDays(random.nextInt(90 * 365)),
        Sex.values()[random.nextInt(3)],
        TODAY.minusDays(365 * 3).plusDays(random.nextInt(365 * 13)),
        surname,
        given,
        random.nextBoolean() ? "" : text(random, ALPHANUMERIC, 1 + random.nextInt(optionalLength)),
        format == MrzFormat.TD1 ? "" : null,
        List.of());
  }

  private static String text(SplittableRandom random, String alphabet, int length) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(out);
  }
}
