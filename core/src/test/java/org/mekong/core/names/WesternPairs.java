package org.mekong.core.names;

import static org.mekong.core.names.LabelledPairsGenerator.distinct;
import static org.mekong.core.names.LabelledPairsGenerator.upper;

import java.util.List;
import java.util.Locale;

/** Names in Latin script: typos, initials, nicknames, titles, order and negatives. */
final class WesternPairs {

  private static final List<String> TITLES = List.of("Mr.", "Mrs", "Ms.", "Dr.", "Prof.", "Mr");

  private final LabelledPairsGenerator g;

  WesternPairs(LabelledPairsGenerator g) {
    this.g = g;
  }

  void generate() {
    for (int i = 0; i < 160; i++) {
      String given = g.pick(NameTables.WESTERN_GIVEN);
      String family = g.pick(NameTables.WESTERN_SURNAMES);
      String word = i % 2 == 0 ? given : family;
      if (word.length() < 5) {
        continue;
      }
      String typo = g.typo(word);
      String other = i % 2 == 0 ? typo + " " + family : given + " " + typo;
      g.add("Person", given + " " + family, other, true, "typo", "one typing mistake in " + word);
    }
    for (int i = 0; i < 110; i++) {
      String given = g.pick(NameTables.WESTERN_GIVEN);
      String middle = g.pick(NameTables.WESTERN_GIVEN);
      String family = g.pick(NameTables.WESTERN_SURNAMES);
      switch (i % 3) {
        case 0 ->
            g.add(
                "Person",
                given.charAt(0) + ". " + family,
                given + " " + family,
                true,
                "initial",
                "given name as an initial");
        case 1 ->
            g.add(
                "Person",
                given + " " + middle.charAt(0) + ". " + family,
                given + " " + middle + " " + family,
                true,
                "initial",
                "middle name as an initial");
        default ->
            g.add(
                "Person",
                given + " " + middle + " " + family,
                given + " " + family,
                true,
                "initial",
                "middle name left out");
      }
    }
    for (int i = 0; i < 70; i++) {
      String[] row = g.pick(NameTables.NICKNAMES);
      String nick = g.pick(NameTables.split(row, 1));
      String family = g.pick(NameTables.WESTERN_SURNAMES);
      g.add(
          "Person",
          row[0] + " " + family,
          Character.toUpperCase(nick.charAt(0)) + nick.substring(1) + " " + family,
          true,
          "nickname",
          "usual short form of " + row[0]);
    }
    for (int i = 0; i < 80; i++) {
      String name = g.pick(NameTables.WESTERN_GIVEN) + " " + g.pick(NameTables.WESTERN_SURNAMES);
      g.add(
          "Person",
          g.pick(TITLES) + " " + name,
          i % 2 == 0 ? name : upper(name),
          true,
          "titles",
          "English title");
    }
    for (int i = 0; i < 60; i++) {
      String given = g.pick(NameTables.WESTERN_GIVEN);
      String family = g.pick(NameTables.WESTERN_SURNAMES);
      g.add(
          "Person",
          given + " " + family,
          i % 2 == 0 ? upper(family) + ", " + given : upper(family) + " " + upper(given),
          true,
          "order",
          "family name first, as lists write it");
    }
    negatives();
  }

  private void negatives() {
    for (int i = 0; i < 140; i++) {
      String a = g.pick(NameTables.WESTERN_GIVEN);
      String b = g.pick(NameTables.WESTERN_GIVEN);
      String family = g.pick(NameTables.WESTERN_SURNAMES);
      if (!distinct(a, b) || related(a, b) || a.charAt(0) == b.charAt(0)) {
        continue;
      }
      switch (i % 3) {
        case 0 ->
            g.add(
                "Person",
                a + " " + family,
                b + " " + family,
                false,
                "negative-western",
                "same family name, another given name");
        case 1 ->
            g.add(
                "Person",
                a.charAt(0) + ". " + family,
                b + " " + family,
                false,
                "negative-western",
                "an initial that is not the given name's");
        default -> {
          String other = g.pick(NameTables.WESTERN_SURNAMES);
          if (distinct(family, other)) {
            g.add(
                "Person",
                a + " " + family,
                a + " " + other,
                false,
                "negative-western",
                "same given name, another family name");
          }
        }
      }
    }
    for (int i = 0; i < 40; i++) {
      String name = g.pick(NameTables.WESTERN_GIVEN) + " " + g.pick(NameTables.WESTERN_SURNAMES);
      g.add(
          "Person",
          name + " Sr.",
          name + " Jr.",
          false,
          "father-son",
          "senior and junior: father and son");
    }
  }

  /** Whether one name is a usual short form of the other, or both of one formal name. */
  private static boolean related(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    for (String[] row : NameTables.NICKNAMES) {
      List<String> names = new java.util.ArrayList<>(NameTables.split(row, 1));
      names.add(row[0].toLowerCase(Locale.ROOT));
      if (names.contains(x) && names.contains(y)) {
        return true;
      }
    }
    return false;
  }
}
