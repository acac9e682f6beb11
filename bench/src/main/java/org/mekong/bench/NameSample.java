package org.mekong.bench;

import java.util.List;
import java.util.Random;

/**
 * Seeded pairs of names for the comparison benchmark: half are one name written two ways (pinyin
 * and characters, Wade–Giles, order, case, titles, a typo, Thai and Burmese script), half are two
 * different names sharing a common family name or word.
 */
final class NameSample {

  /** Schema, name 1, name 2. */
  record Pair(String schema, String name1, String name2) {}

  private static final String[][] HAN = {
    {"王", "wang", "wang"}, {"李", "li", "li"}, {"张", "zhang", "chang"}, {"刘", "liu", "liu"},
    {"陈", "chen", "chen"}, {"杨", "yang", "yang"}, {"黄", "huang", "huang"}, {"周", "zhou", "chou"},
    {"徐", "xu", "hsu"}, {"郭", "guo", "kuo"}, {"林", "lin", "lin"}, {"谢", "xie", "hsieh"}
  };
  private static final String[][] GIVEN = {
    {"伟", "wei", "wei"}, {"明", "ming", "ming"}, {"华", "hua", "hua"}, {"国", "guo", "kuo"},
    {"志", "zhi", "chih"}, {"小", "xiao", "hsiao"}, {"红", "hong", "hung"}, {"德", "de", "te"},
    {"秀", "xiu", "hsiu"}, {"英", "ying", "ying"}, {"强", "qiang", "chiang"}, {"军", "jun", "chun"}
  };
  private static final List<String> WESTERN_GIVEN =
      List.of("John", "Michael", "Maria", "David", "Sarah", "Robert", "Jennifer", "Thomas");
  private static final List<String> WESTERN_FAMILY =
      List.of("Smith", "Johnson", "Garcia", "Brown", "Miller", "Wilson", "Anderson", "Taylor");
  private static final List<String[]> SCRIPTS =
      List.of(
          new String[] {"Saw Chit Thu", "စောချစ်သူ"},
          new String[] {"Somchai Jaidee", "สมชาย ใจดี"},
          new String[] {"Aung San Suu Kyi", "Daw Aung San Suu Kyi"},
          new String[] {"Nguyễn Văn Đức", "NGUYEN VAN DUC"});
  private static final List<String> COMPANY_WORDS =
      List.of("Golden", "Triangle", "Mekong", "Pacific", "Lotus", "Dragon", "Prince", "Huione");
  private static final List<String> ACTIVITIES =
      List.of("Trading", "Holding Group", "Logistics", "Investment", "Resorts");

  private NameSample() {}

  static Pair[] pairs(long seed, int size) {
    Random random = new Random(seed);
    Pair[] pairs = new Pair[size];
    for (int i = 0; i < size; i++) {
      pairs[i] = pair(random, i % 8);
    }
    return pairs;
  }

  private static Pair pair(Random random, int kind) {
    String[] f = HAN[random.nextInt(HAN.length)];
    String[] g1 = GIVEN[random.nextInt(GIVEN.length)];
    String[] g2 = GIVEN[random.nextInt(GIVEN.length)];
    String given = pick(random, WESTERN_GIVEN);
    String family = pick(random, WESTERN_FAMILY);
    return switch (kind) {
      case 0 -> new Pair("Person", f[0] + g1[0] + g2[0], cap(f[1]) + " " + cap(g1[1] + g2[1]));
      case 1 ->
          new Pair(
              "Person",
              cap(f[1]) + " " + cap(g1[1] + g2[1]),
              cap(f[2]) + " " + cap(g1[2]) + "-" + g2[2]);
      case 2 ->
          new Pair("Person", "Mr. " + given + " " + family, family.toUpperCase() + ", " + given);
      case 3 -> {
        String[] s = SCRIPTS.get(random.nextInt(SCRIPTS.size()));
        yield new Pair("Person", s[0], s[1]);
      }
      case 4 -> {
        String[] o = GIVEN[random.nextInt(GIVEN.length)];
        yield new Pair("Person", cap(f[1]) + " " + cap(g1[1]), cap(f[1]) + " " + cap(o[1]));
      }
      case 5 ->
          new Pair("Person", given + " " + family, pick(random, WESTERN_GIVEN) + " " + family);
      case 6 -> {
        String name = pick(random, COMPANY_WORDS) + " " + pick(random, ACTIVITIES);
        yield new Pair("Company", name + " Co., Ltd.", name.toUpperCase() + " LIMITED");
      }
      default ->
          new Pair(
              "Company",
              pick(random, COMPANY_WORDS) + " " + pick(random, ACTIVITIES) + " Ltd",
              pick(random, COMPANY_WORDS) + " " + pick(random, ACTIVITIES) + " Ltd");
    };
  }

  private static String pick(Random random, List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
