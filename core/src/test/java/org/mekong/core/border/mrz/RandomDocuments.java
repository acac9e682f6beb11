package org.mekong.core.border.mrz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Random valid documents of every format, for a seeded {@link Random}. */
final class RandomDocuments {

  static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final List<String> CODES = codes();

  private final Random random;
  private final LocalDate today;

  RandomDocuments(Random random, LocalDate today) {
    this.random = random;
    this.today = today;
  }

  MrzDocument next() {
    MrzFormat format = MrzFormat.values()[random.nextInt(3)];
    boolean visa = format != MrzFormat.TD1 && random.nextInt(5) == 0;
    String code =
        visa
            ? pick("V", "VS", "VT")
            : switch (format) {
              case TD1 -> pick("I", "ID", "IR", "AC", "C");
              case TD2 -> pick("I", "ID", "A", "C");
              case TD3 -> pick("P", "PD", "PO", "PS");
            };
    boolean longNumber = !visa && format != MrzFormat.TD3 && random.nextInt(6) == 0;
    String number = text(ALPHANUMERIC, longNumber ? 10 + random.nextInt(3) : 6 + random.nextInt(4));
    int optionalLength =
        switch (format) {
          case TD1 -> longNumber ? 10 - (number.length() - 9) : 15;
          case TD2 -> longNumber ? 0 : visa ? 8 : 7;
          case TD3 -> visa ? 16 : 14;
        };
    String optional =
        random.nextInt(3) == 0
            ? ""
            : text(ALPHANUMERIC, 1 + random.nextInt(optionalLength + 1) - 1);
    if (optional.length() > optionalLength) {
      optional = optional.substring(0, optionalLength);
    }
    int nameLength = format == MrzFormat.TD1 ? 30 : format.length() - 5;
    String surname = name(1 + random.nextInt(2));
    String given = random.nextInt(8) == 0 ? "" : name(1 + random.nextInt(3));
    while (surname.length() + 2 + given.length() > nameLength) {
      given = given.contains(" ") ? given.substring(0, given.lastIndexOf(' ')) : "";
      if (surname.length() > nameLength) {
        surname = surname.substring(0, nameLength).strip();
      }
    }
    LocalDate birth = today.minusDays(random.nextInt(99 * 365));
    LocalDate expiry = today.minusDays(3650).plusDays(random.nextInt(30 * 365));
    return new MrzDocument(
        format,
        code,
        pick(CODES),
        number,
        pick(CODES),
        birth,
        Sex.values()[random.nextInt(3)],
        expiry,
        surname,
        given,
        optional,
        format == MrzFormat.TD1 ? text(ALPHANUMERIC, random.nextInt(12)) : null,
        List.of());
  }

  private String name(int parts) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      words.add(text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2 + random.nextInt(9)));
    }
    return String.join(" ", words);
  }

  private String text(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }

  private String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static List<String> codes() {
    List<String> codes =
        new ArrayList<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    codes.addAll(IcaoCodes.ICAO_SPECIALS.keySet());
    codes.sort(null);
    return List.copyOf(codes);
  }
}
