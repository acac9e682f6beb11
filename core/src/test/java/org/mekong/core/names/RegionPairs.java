package org.mekong.core.names;

import static org.mekong.core.names.LabelledPairsGenerator.ascii;
import static org.mekong.core.names.LabelledPairsGenerator.capital;
import static org.mekong.core.names.LabelledPairsGenerator.distinct;
import static org.mekong.core.names.LabelledPairsGenerator.upper;

import java.util.List;

/** Thai, Burmese, Vietnamese and Cantonese (Hong Kong) names of persons. */
final class RegionPairs {

  private static final List<String> CANTONESE_GIVEN =
      List.of(
          "Tai", "Man", "Ka", "Ming", "Wai", "Kin", "Chun", "Kit", "Siu", "Wing", "Yee", "Hoi",
          "Kwok", "Fai", "Lok", "Shing", "Tak", "Yan", "Sze", "Mei", "Ling", "Yuk");

  private final LabelledPairsGenerator g;

  RegionPairs(LabelledPairsGenerator g) {
    this.g = g;
  }

  void generate() {
    thai();
    burmese();
    vietnamese();
    cantonese();
  }

  private void thai() {
    for (int i = 0; i < 110; i++) {
      String[] given = g.pick(NameTables.THAI_GIVEN);
      String[] family = g.pick(NameTables.THAI_SURNAMES);
      String script = given[0] + " " + family[0];
      String rtgs = capital(given[1]) + " " + capital(family[1]);
      String informal = capital(given[2]) + " " + capital(family[2]);
      switch (i % 5) {
        case 0 -> g.add("Person", script, rtgs, true, "thai", "Thai script vs RTGS");
        case 1 -> g.add("Person", script, informal, true, "thai", "Thai script vs usual spelling");
        case 2 -> g.add("Person", rtgs, informal, true, "thai", "RTGS vs usual spelling");
        case 3 -> g.add("Person", "นาย" + script, upper(rtgs), true, "titles", "Thai title นาย");
        default ->
            g.add(
                "Person",
                "Khun " + capital(given[2]),
                capital(given[2]),
                true,
                "titles",
                "Thai polite title Khun");
      }
    }
    for (int i = 0; i < 70; i++) {
      String[] a = g.pick(NameTables.THAI_GIVEN);
      String[] b = g.pick(NameTables.THAI_GIVEN);
      String[] family = g.pick(NameTables.THAI_SURNAMES);
      if (!distinct(a[1], b[1]) || !distinct(a[2], b[2])) {
        continue;
      }
      boolean script = i % 2 == 0;
      g.add(
          "Person",
          script ? a[0] + " " + family[0] : capital(a[1]) + " " + capital(family[1]),
          script ? b[0] + " " + family[0] : capital(b[2]) + " " + capital(family[2]),
          false,
          "negative-thai",
          "same family name, another given name");
    }
  }

  private void burmese() {
    List<String> honorifics = List.of("U", "Daw", "Ko", "Ma", "Maung", "Saw", "Naw");
    for (int i = 0; i < 100; i++) {
      String name = g.pick(NameTables.BURMESE_NAMES);
      switch (i % 4) {
        case 0 ->
            g.add(
                "Person",
                g.pick(honorifics) + " " + name,
                name,
                true,
                "titles",
                "Burmese honorific added");
        case 1 -> g.add("Person", name, upper(name), true, "burmese", "case only");
        case 2 -> {
          String[] parts = name.split(" ");
          if (parts.length >= 2) {
            String fused =
                String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 2))
                    + (parts.length > 2 ? " " : "")
                    + parts[parts.length - 2]
                    + parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT);
            g.add("Person", name, fused.strip(), true, "burmese", "last syllables fused");
          }
        }
        default ->
            g.add(
                "Person",
                name,
                g.pick(honorifics) + " " + upper(name),
                true,
                "burmese",
                "honorific and capitals");
      }
    }
    for (int i = 0; i < 90; i++) {
      String a = g.pick(NameTables.BURMESE_NAMES);
      String[] parts = a.split(" ");
      String syllable = g.pick(NameTables.BURMESE_SYLLABLES);
      int at = g.nextInt(parts.length);
      if (!distinct(parts[at], syllable) || a.contains(syllable)) {
        continue;
      }
      parts[at] = syllable;
      String b = String.join(" ", parts);
      boolean fatherSon = i % 3 == 0;
      g.add(
          "Person",
          fatherSon ? "Saw " + a : a,
          fatherSon ? "Saw " + b : b,
          false,
          "negative-burmese",
          fatherSon
              ? "the Karen honorific Saw and all but one syllable shared: another person"
              : "one syllable of the name differs: another person");
    }
  }

  private void vietnamese() {
    for (int i = 0; i < 130; i++) {
      String family = g.pick(NameTables.VIET_SURNAMES);
      String middle = g.pick(NameTables.VIET_MIDDLE);
      String given = g.pick(NameTables.VIET_GIVEN);
      String full = family + " " + middle + " " + given;
      switch (i % 4) {
        case 0 ->
            g.add(
                "Person",
                full,
                upper(ascii(full)),
                true,
                "vietnamese",
                "diacritics dropped, capitals");
        case 1 ->
            g.add(
                "Person",
                full,
                capital(ascii(full).replace(" ", " ")),
                true,
                "vietnamese",
                "diacritics dropped");
        case 2 ->
            g.add(
                "Person",
                full,
                given + " " + family,
                true,
                "order",
                "given name first, middle name left out");
        default ->
            g.add(
                "Person",
                full,
                given + " " + middle + " " + family,
                true,
                "order",
                "given name first");
      }
    }
    for (int i = 0; i < 110; i++) {
      String family = g.pick(NameTables.VIET_SURNAMES);
      String middle = g.pick(NameTables.VIET_MIDDLE);
      String a = g.pick(NameTables.VIET_GIVEN);
      String b = g.pick(NameTables.VIET_GIVEN);
      if (!distinct(a, b)) {
        continue;
      }
      g.add(
          "Person",
          family + " " + middle + " " + a,
          i % 2 == 0
              ? family + " " + middle + " " + b
              : upper(ascii(family + " " + middle + " " + b)),
          false,
          "negative-viet",
          "same family and middle name, another given name");
    }
  }

  private void cantonese() {
    for (int i = 0; i < 90; i++) {
      String[] surname = g.pick(NameTables.HAN_SURNAMES);
      String family = capital(surname[4]);
      String a = g.pick(CANTONESE_GIVEN);
      String b = g.pick(CANTONESE_GIVEN);
      String english = g.pick(NameTables.WESTERN_GIVEN);
      String full = family + " " + a + " " + b;
      switch (i % 4) {
        case 0 ->
            g.add(
                "Person",
                full,
                family + " " + a + "-" + b.toLowerCase(java.util.Locale.ROOT),
                true,
                "cantonese",
                "Hong Kong spelling, hyphenated given name");
        case 1 ->
            g.add(
                "Person",
                upper(family) + ", " + a + " " + b,
                a + " " + b + " " + family,
                true,
                "cantonese",
                "family name first with a comma, or last");
        case 2 ->
            g.add(
                "Person",
                english + " " + full,
                upper(family) + " " + a + " " + b + ", " + english,
                true,
                "cantonese",
                "English name before or after");
        default ->
            g.add(
                "Person",
                english + " " + family,
                upper(family) + " " + english,
                true,
                "cantonese",
                "English given name and Cantonese family name");
      }
    }
    for (int i = 0; i < 60; i++) {
      String family = capital(g.pick(NameTables.HAN_SURNAMES)[4]);
      String a = g.pick(CANTONESE_GIVEN);
      String b = g.pick(CANTONESE_GIVEN);
      String c = g.pick(CANTONESE_GIVEN);
      if (!distinct(b, c) || a.equals(c)) {
        continue;
      }
      g.add(
          "Person",
          family + " " + a + " " + b,
          family + " " + a + " " + c,
          false,
          "negative-given",
          "Hong Kong names: one syllable of the given name differs");
    }
  }
}
