package org.mekong.core.names;

import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Coarse keys of a name for finding candidates before comparing them: two names that {@link
 * NameComparator} would match almost always share a key. For each name part (titles and company
 * forms left out): its Double Metaphone keys and, when it reads as Chinese syllables, their key.
 * Thread-safe.
 */
public final class BlockingKeys {

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private BlockingKeys() {}

  /** The keys of {@code name}; empty for a name {@link NameComparator#rejection} refuses. */
  public static Set<String> of(Schema schema, String name) {
    Set<String> keys = new TreeSet<>();
    if (NameAnalyzer.rejection(name).isPresent()) {
      return keys;
    }
    for (Token token : NameAnalyzer.analyse(schema, name)) {
      if (token.kind() == Token.Kind.FORM || token.latin().length() < 2) {
        continue;
      }
      String latin = token.latin();
      String primary = METAPHONE.doubleMetaphone(latin, false);
      String alternate = METAPHONE.doubleMetaphone(latin, true);
      if (primary == null || primary.isEmpty()) {
        keys.add("t:" + latin);
      } else {
        keys.add("m:" + primary);
        keys.add("m:" + alternate);
      }
      ChineseSyllables.key(latin).ifPresent(key -> keys.add("c:" + key));
    }
    return keys;
  }
}
