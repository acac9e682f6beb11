package org.mekong.core.selector;

import com.google.thirdparty.publicsuffix.PublicSuffixPatterns;
import com.google.thirdparty.publicsuffix.PublicSuffixType;
import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random raw domain names, valid and not: random labels over real public suffixes (exact,
 * wildcard, exception and private entries), case, trailing dots, hyphens, empty and over-long
 * labels and names, digits-only labels, Unicode and punycode.
 */
final class RandomDomainNames {

  private static final List<String> EXACT = sorted(PublicSuffixPatterns.EXACT);
  private static final List<String> PRIVATE =
      PublicSuffixPatterns.EXACT.entrySet().stream()
          .filter(e -> e.getValue() == PublicSuffixType.PRIVATE)
          .map(Map.Entry::getKey)
          .sorted()
          .toList();
  private static final List<String> UNDER = sorted(PublicSuffixPatterns.UNDER);
  private static final List<String> EXCLUDED = sorted(PublicSuffixPatterns.EXCLUDED);
  private static final List<String> COMMON =
      List.of(
          "com",
          "co.uk",
          "com.au",
          "co.th",
          "com.cn",
          "net",
          "org",
          "asia",
          "blogspot.com",
          "github.io",
          "pages.dev",
          "ck",
          "www.ck",
          "kawasaki.jp",
          "city.kawasaki.jp",
          "bd");
  private static final List<String> UNKNOWN = List.of("notatld", "local", "zz", "123", "1a", "");
  private static final List<String> UNICODE =
      List.of("bücher", "泰国", "ສປປລາວ", "мвд", "例子", "ñandú", "straße", "ไทย", "Ⅻ", "ｆｕｌｌ");
  private static final List<String> ODD =
      List.of("_", " ", "@", "*", "/", "\u00A0", "\u200B", "!", "\uFF0E", "\u3002", ":", "%");
  private static final String LDH = "abcdefghijklmnopqrstuvwxyz0123456789-";

  private final Random random;

  RandomDomainNames(Random random) {
    this.random = random;
  }

  String next() {
    String name = random.nextInt(25) == 0 ? longName() : shortName();
    int shape = random.nextInt(100);
    if (shape < 15) {
      name = name.toUpperCase(Locale.ROOT);
    } else if (shape < 25) {
      name = mixedCase(name);
    }
    int ending = random.nextInt(100);
    if (ending < 12) {
      name = name + ".";
    } else if (ending < 13) {
      name = name + "\u3002";
    } else if (ending < 14) {
      name = name + "..";
    } else if (ending < 17) {
      name = " " + name + "\t";
    } else if (ending < 18 && !name.isEmpty()) {
      int at = random.nextInt(name.length());
      name = name.substring(0, at) + ODD.get(random.nextInt(ODD.size())) + name.substring(at);
    }
    return name;
  }

  private String shortName() {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      sb.append(label()).append('.');
    }
    return sb.append(suffix()).toString();
  }

  /** A name of 250 to 256 characters (253 is the limit), labels up to 63 or 64 characters. */
  private String longName() {
    String suffix = pick(random.nextBoolean() ? COMMON : EXACT);
    int target = 250 + random.nextInt(7);
    StringBuilder sb = new StringBuilder();
    int remaining = target - suffix.length();
    while (remaining > 0) {
      int max = random.nextInt(10) == 0 ? 64 : 63;
      int length =
          remaining - 1 <= max && random.nextBoolean()
              ? remaining - 1
              : Math.min(remaining - 1, 1 + random.nextInt(max));
      sb.append(ldh(length, false)).append('.');
      remaining -= length + 1;
    }
    return sb.append(suffix).toString();
  }

  private String suffix() {
    int kind = random.nextInt(100);
    if (kind < 35) {
      return pick(EXACT);
    } else if (kind < 45) {
      return pick(PRIVATE);
    } else if (kind < 55) {
      return label() + "." + pick(UNDER);
    } else if (kind < 60) {
      return pick(UNDER);
    } else if (kind < 66) {
      return pick(EXCLUDED);
    } else if (kind < 84) {
      return pick(COMMON);
    } else if (kind < 90) {
      return pick(UNKNOWN);
    }
    return label();
  }

  String label() {
    int kind = random.nextInt(100);
    if (kind < 50) {
      return ldh(1 + random.nextInt(12), false);
    } else if (kind < 56) {
      return digits(1 + random.nextInt(6));
    } else if (kind < 62) {
      String core = ldh(1 + random.nextInt(6), false);
      return random.nextBoolean() ? "-" + core : core + "-";
    } else if (kind < 66) {
      return "xn--" + ldh(1 + random.nextInt(10), false);
    } else if (kind < 72) {
      return IDN.toASCII(pick(UNICODE) + ldh(random.nextInt(3), false), IDN.ALLOW_UNASSIGNED);
    } else if (kind < 78) {
      return pick(UNICODE);
    } else if (kind < 83) {
      return ldh(61 + random.nextInt(5), false);
    } else if (kind < 85) {
      return "";
    } else if (kind < 88) {
      return ldh(2, false) + "--" + ldh(2, false);
    } else if (kind < 91) {
      return ldh(3, false) + pick(ODD) + ldh(2, false);
    }
    return ldh(1 + random.nextInt(20), true);
  }

  private String ldh(int length, boolean hyphens) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      boolean edge = i == 0 || i == length - 1;
      int bound = hyphens || !edge ? LDH.length() : LDH.length() - 1;
      sb.append(LDH.charAt(random.nextInt(bound)));
    }
    return sb.toString();
  }

  private String digits(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  private String mixedCase(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static List<String> sorted(Map<String, PublicSuffixType> entries) {
    return entries.keySet().stream().sorted().toList();
  }
}
