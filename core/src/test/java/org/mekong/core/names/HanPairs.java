package org.mekong.core.names;

import static org.mekong.core.names.LabelledPairsGenerator.capital;
import static org.mekong.core.names.LabelledPairsGenerator.upper;

import java.util.ArrayList;
import java.util.List;

/** Chinese names of persons: characters, pinyin, Wade–Giles, traditional, order, negatives. */
final class HanPairs {

  /** A Chinese name: family row and given rows of {@link NameTables}. */
  private record Name(String[] family, List<String[]> given) {

    String han() {
      return family[0] + given.stream().map(g -> g[0]).reduce("", String::concat);
    }

    String traditional() {
      return family[1] + given.stream().map(g -> g[1]).reduce("", String::concat);
    }

    String pinyinGiven() {
      return given.stream().map(g -> g[2]).reduce("", String::concat);
    }

    String wadeGilesGiven() {
      return String.join("-", given.stream().map(g -> g[3]).toList());
    }
  }

  private final LabelledPairsGenerator g;

  HanPairs(LabelledPairsGenerator g) {
    this.g = g;
  }

  private Name name() {
    List<String[]> given = new ArrayList<>();
    int n = g.nextInt(3) == 0 ? 1 : 2;
    for (int i = 0; i < n; i++) {
      given.add(g.pick(NameTables.HAN_GIVEN));
    }
    return new Name(g.pick(NameTables.HAN_SURNAMES), given);
  }

  void generate() {
    for (int i = 0; i < 170; i++) {
      Name n = name();
      String family = capital(n.family()[2]);
      String given = capital(n.pinyinGiven());
      switch (i % 4) {
        case 0 ->
            g.add("Person", n.han(), upper(family + " " + given), true, "han-pinyin", "MRZ style");
        case 1 -> g.add("Person", n.han(), family + " " + given, true, "han-pinyin", "pinyin");
        case 2 ->
            g.add(
                "Person",
                n.han(),
                family
                    + " "
                    + String.join(" ", n.given().stream().map(x -> capital(x[2])).toList()),
                true,
                "han-pinyin",
                "given syllables split");
        default ->
            g.add(
                "Person",
                upper(family + " " + given),
                family + " " + given,
                true,
                "han-pinyin",
                "case only");
      }
    }
    for (int i = 0; i < 90; i++) {
      Name n = name();
      if (n.traditional().equals(n.han())) {
        continue;
      }
      String latin = capital(n.family()[2]) + " " + capital(n.pinyinGiven());
      if (i % 2 == 0) {
        g.add(
            "Person", n.traditional(), n.han(), true, "han-traditional", "traditional/simplified");
      } else {
        g.add("Person", n.traditional(), latin, true, "han-traditional", "traditional vs pinyin");
      }
    }
    for (int i = 0; i < 150; i++) {
      Name n = name();
      String wg = capital(n.family()[3]) + " " + capital(n.wadeGilesGiven());
      String pinyin = capital(n.family()[2]) + " " + capital(n.pinyinGiven());
      switch (i % 3) {
        case 0 -> g.add("Person", n.traditional(), wg, true, "wade-giles", "Taiwanese spelling");
        case 1 -> g.add("Person", pinyin, wg, true, "wade-giles", "pinyin vs Wade-Giles");
        default ->
            g.add(
                "Person",
                n.han(),
                upper(wg.replace("-", " ")),
                true,
                "wade-giles",
                "Wade-Giles in capitals, hyphen dropped");
      }
    }
    for (int i = 0; i < 90; i++) {
      Name n = name();
      String given = capital(n.pinyinGiven());
      String family = capital(n.family()[2]);
      g.add(
          "Person",
          i % 2 == 0 ? n.han() : family + " " + given,
          i % 3 == 0 ? upper(family) + ", " + given : given + " " + family,
          true,
          "order",
          "given name first or family name in capitals with a comma");
    }
    negatives();
  }

  private void negatives() {
    for (int i = 0; i < 200; i++) {
      Name a = name();
      Name b = new Name(a.family(), name().given());
      String ga = a.pinyinGiven();
      String gb = b.pinyinGiven();
      if (!LabelledPairsGenerator.distinct(ga, gb)
          || sameKey(ga, gb)
          || sameKey(
              a.given().stream().map(x -> x[3]).reduce("", String::concat),
              b.given().stream().map(x -> x[3]).reduce("", String::concat))) {
        continue;
      }
      String family = capital(a.family()[2]);
      switch (i % 3) {
        case 0 ->
            g.add(
                "Person",
                a.han(),
                b.han(),
                false,
                "negative-given",
                "same family name, another given name");
        case 1 ->
            g.add(
                "Person",
                a.han(),
                family + " " + capital(gb),
                false,
                "negative-given",
                "same family name, another given name in pinyin");
        default ->
            g.add(
                "Person",
                family + " " + capital(ga),
                family + " " + capital(gb),
                false,
                "negative-given",
                "same common family name, another given name");
      }
    }
    for (int i = 0; i < 90; i++) {
      Name a = name();
      String[] other = g.pick(NameTables.HAN_SURNAMES);
      if (sameKey(other[2], a.family()[2])
          || !LabelledPairsGenerator.distinct(other[2], a.family()[2])) {
        continue;
      }
      Name b = new Name(other, a.given());
      g.add(
          "Person",
          a.han(),
          i % 2 == 0 ? b.han() : capital(other[2]) + " " + capital(b.pinyinGiven()),
          false,
          "negative-surname",
          "same given name, another family name");
    }
    for (int i = 0; i < 60; i++) {
      Name father = name();
      Name son = new Name(father.family(), name().given());
      if (!LabelledPairsGenerator.distinct(father.pinyinGiven(), son.pinyinGiven())
          || sameKey(father.pinyinGiven(), son.pinyinGiven())) {
        continue;
      }
      String family = capital(father.family()[2]);
      g.add(
          "Person",
          family + " " + capital(father.pinyinGiven()),
          son.han(),
          false,
          "father-son",
          "shaped as father and son: only the family name is shared");
    }
  }

  private static boolean sameKey(String a, String b) {
    return ChineseSyllables.key(a).equals(ChineseSyllables.key(b));
  }
}
