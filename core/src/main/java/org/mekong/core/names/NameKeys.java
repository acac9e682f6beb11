package org.mekong.core.names;

import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking keys of a name: the first three letters of each of its Latin tokens (after
 * transliteration, titles and forms set aside), so that a store can find the few names worth
 * comparing with {@link NameComparator} without comparing against every name it holds.
 */
public final class NameKeys {

  /** How many leading characters of a token make its key. */
  public static final int LENGTH = 3;

  private NameKeys() {}

  /** The keys of {@code name}, sorted; empty when it has a {@link NameComparator#rejection}. */
  public static Set<String> of(Schema schema, String name) {
    Set<String> keys = new TreeSet<>();
    if (NameAnalyzer.rejection(name).isPresent()) {
      return keys;
    }
    for (Token token : NameAnalyzer.analyse(schema, name)) {
      if (token.kind() != Token.Kind.FORM) {
        String latin = token.latin();
        keys.add(latin.length() <= LENGTH ? latin : latin.substring(0, LENGTH));
      }
    }
    return keys;
  }
}
