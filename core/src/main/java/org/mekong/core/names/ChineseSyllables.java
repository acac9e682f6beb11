package org.mekong.core.names;

import java.util.List;
import java.util.Optional;

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
          new String[] {"ih", "i"},
          new String[] {"a", "a"},
          new String[] {"o", "o"},
          new String[] {"e", "e"},
          new String[] {"i", "i"},
          new String[] {"u", "u"},
          new String[] {"v", "u"});

  private ChineseSyllables() {}

  /** The key of a token that reads entirely as Chinese syllables, else empty. */
  static Optional<String> key(String token) {
    StringBuilder key = new StringBuilder();
    int i = 0;
    while (i < token.length()) {
      int next = syllable(token, i, key);
      if (next <= i) {
        return Optional.empty();
      }
      i = next;
    }
    return key.isEmpty() ? Optional.empty() : Optional.of(key.toString());
  }

  /** Reads one syllable at {@code from}, appends its key; returns where it ends, or -1. */
  private static int syllable(String token, int from, StringBuilder key) {
    for (String[] initial : INITIALS) {
      if (!token.startsWith(initial[0], from)) {
        continue;
      }
      int afterInitial = from + initial[0].length();
      for (String[] fin : FINALS) {
        if (token.startsWith(fin[0], afterInitial)) {
          key.append(initial[1]).append(fin[1]);
          return afterInitial + fin[0].length();
        }
      }
    }
    return -1;
  }
}
