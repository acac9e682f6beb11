package org.mekong.core.names;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A spelling-independent key for romanised Chinese: a token is cut into pinyin or Wade–Giles
 * syllables (longest initial, then longest final) and each syllable is reduced to a coarse key in
 * which the usual Wade–Giles/pinyin differences vanish (hs=x, ts/tz=z, ch=zh=j=q, aspiration
 * ignored, -ung=-ong, -ieh=-ie, -ien=-ian, -ih=-i). Hsiaohung, Hsiao-hung and Xiaohong share the
 * key {@code xiaohong}. The table is in docs/names.md.
 */
final class ChineseSyllables {

  /** Initials, longest first, each with its key. */
  private static final List<String[]> INITIALS =
      List.of(
          new String[] {"zh", "j"},
          new String[] {"ch", "j"},
          new String[] {"sh", "sh"},
          new String[] {"hs", "x"},
          new String[] {"ts", "z"},
          new String[] {"ss", "s"},
          new String[] {"sz", "s"},
          new String[] {"tz", "z"},
          new String[] {"b", "b"},
          new String[] {"p", "b"},
          new String[] {"m", "m"},
          new String[] {"f", "f"},
          new String[] {"d", "d"},
          new String[] {"t", "d"},
          new String[] {"n", "n"},
          new String[] {"l", "l"},
          new String[] {"g", "g"},
          new String[] {"k", "g"},
          new String[] {"h", "h"},
          new String[] {"j", "j"},
          new String[] {"q", "j"},
          new String[] {"x", "x"},
          new String[] {"r", "r"},
          new String[] {"z", "z"},
          new String[] {"c", "z"},
          new String[] {"s", "s"},
          new String[] {"y", "y"},
          new String[] {"w", "w"},
          new String[] {"", ""});

  /** Finals, longest first, each with its key. */
  private static final List<String[]> FINALS =
      List.of(
          new String[] {"iang", "iang"},
          new String[] {"iong", "iong"},
          new String[] {"iung", "iong"},
          new String[] {"uang", "uang"},
          new String[] {"ang", "ang"},
          new String[] {"eng", "eng"},
          new String[] {"ing", "ing"},
          new String[] {"ong", "ong"},
          new String[] {"ung", "ong"},
          new String[] {"iao", "iao"},
          new String[] {"ian", "ian"},
          new String[] {"ien", "ian"},
          new String[] {"ieh", "ie"},
          new String[] {"ueh", "ue"},
          new String[] {"uai", "uai"},
          new String[] {"uan", "uan"},
          new String[] {"uei", "ui"},
          new String[] {"erh", "er"},
          new String[] {"ai", "ai"},
          new String[] {"ei", "ei"},
          new String[] {"ui", "ui"},
          new String[] {"ao", "ao"},
          new String[] {"ou", "ou"},
          new String[] {"iu", "iu"},
          new String[] {"ie", "ie"},
          new String[] {"ue", "ue"},
          new String[] {"er", "er"},
          new String[] {"an", "an"},
          new String[] {"en", "en"},
          new String[] {"in", "in"},
          new String[] {"un", "un"},
          new String[] {"ia", "ia"},
          new String[] {"ua", "ua"},
          new String[] {"uo", "uo"},
          new String[] {"a", "a"},
          new String[] {"o", "o"},
          new String[] {"e", "e"},
          new String[] {"i", "i"},
          new String[] {"ih", "i"},
          new String[] {"u", "u"},
          new String[] {"v", "u"});

  /** Wade–Giles finals after {@code j}, where its j is pinyin r (jung = rong, jui = rui). */
  private static final Set<String> WADE_GILES_J =
      Set.of("an", "ang", "ao", "e", "en", "eng", "ih", "o", "ou", "ui", "ung");

  /** Initials (keys) after which Wade–Giles o is pinyin e (ho = he, ko = ge). */
  private static final Set<String> O_AS_E = Set.of("h", "g");

  /** Initials (keys) after which Wade–Giles o is pinyin uo (to = duo, lo = luo). */
  private static final Set<String> O_AS_UO = Set.of("d", "n", "l", "z", "s", "j", "sh", "r");

  private ChineseSyllables() {}

  /** The key of a token that reads entirely as Chinese syllables, else empty. */
  static Optional<String> key(String token) {
    StringBuilder key = new StringBuilder();
    return parse(token, 0, key) && !key.isEmpty() ? Optional.of(key.toString()) : Optional.empty();
  }

  /**
   * Reads syllables from {@code from} to the end, appending their keys; tries the longest initial
   * and each final in order, and backs off when the rest does not read (zhihua = zhi + hua).
   */
  private static boolean parse(String token, int from, StringBuilder key) {
    if (from == token.length()) {
      return true;
    }
    int mark = key.length();
    for (String[] initial : INITIALS) {
      if (!token.startsWith(initial[0], from)) {
        continue;
      }
      int afterInitial = from + initial[0].length();
      for (String[] fin : FINALS) {
        if (!allowed(initial[0], fin[0], from) || !token.startsWith(fin[0], afterInitial)) {
          continue;
        }
        appendSyllable(initial, fin, key);
        if (parse(token, afterInitial + fin[0].length(), key)) {
          return true;
        }
        key.setLength(mark);
      }
    }
    return false;
  }

  /**
   * Whether a syllable may be built so: a syllable without initial only opens a token and starts
   * with a, o or e (an, ouyang); er stands alone; Wade–Giles ss/sz only come before u (ssu).
   */
  private static boolean allowed(String initial, String fin, int from) {
    if (initial.isEmpty()) {
      return from == 0 && "aoe".indexOf(fin.charAt(0)) >= 0;
    }
    if (fin.equals("er") || fin.equals("erh")) {
      return false;
    }
    return !(initial.equals("ss") || initial.equals("sz")) || fin.equals("u");
  }

  private static void appendSyllable(String[] initial, String[] fin, StringBuilder key) {
    String i = initial[1];
    String f = fin[1];
    if (initial[0].equals("j") && WADE_GILES_J.contains(fin[0])) {
      i = "r";
    }
    if (fin[0].equals("u")
        && (initial[0].equals("ss") || initial[0].equals("sz") || initial[0].equals("tz"))) {
      f = "i";
    } else if (fin[0].equals("o") && O_AS_E.contains(i)) {
      f = "e";
    } else if (fin[0].equals("o") && O_AS_UO.contains(i)) {
      f = "uo";
    } else if (fin[0].equals("en") && initial[0].equals("y")) {
      f = "an";
    }
    key.append(i).append(f);
  }
}
