package org.mekong.core.names.index;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.mekong.core.names.NameKeys;
import org.mekong.core.names.Schema;

/**
 * The blocking keys of a name, as 40-bit hashes: for each token of the name proper its Latin form,
 * its romanisation key, its Double Metaphone keys, its first and its last four letters, and the
 * concatenations of two and three adjacent tokens (so that {@code xiaohong} and {@code xiao hong}
 * meet). Two names the comparator matches share at least one key unless every token differs in
 * spelling beyond what these keys absorb.
 */
final class BlockingKeys {

  /** Bits kept of each key's hash; a collision only merges two lists of candidates. */
  static final int BITS = 40;

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private BlockingKeys() {}

  /** Receives keys. */
  @FunctionalInterface
  interface Sink {
    void key(long hash);
  }

  /** Emits the keys of a name (possibly repeated); none for a name with nothing to compare. */
  static void of(Schema schema, String name, Sink sink) {
    List<NameKeys.Part> parts = NameKeys.parts(schema, name);
    boolean allWeak = parts.stream().allMatch(NameKeys.Part::weak);
    for (int i = 0; i < parts.size(); i++) {
      NameKeys.Part part = parts.get(i);
      if (part.weak() && !allWeak) {
        continue;
      }
      String latin = part.latin();
      sink.key(hash('t', latin));
      part.romanisation().ifPresent(key -> sink.key(hash('r', key)));
      if (latin.length() >= 2 && isLetters(latin)) {
        sink.key(hash('p', METAPHONE.doubleMetaphone(latin, false)));
        sink.key(hash('p', METAPHONE.doubleMetaphone(latin, true)));
      }
      if (latin.length() >= 6) {
        sink.key(hash('b', latin.substring(0, 4)));
        sink.key(hash('e', latin.substring(latin.length() - 4)));
      }
      StringBuilder joined = new StringBuilder(latin);
      for (int k = i + 1; k < Math.min(parts.size(), i + 3); k++) {
        joined.append(parts.get(k).latin());
        String concatenation = joined.toString();
        sink.key(hash('t', concatenation));
        NameKeys.romanisation(concatenation).ifPresent(key -> sink.key(hash('r', key)));
      }
    }
  }

  private static boolean isLetters(String latin) {
    return latin.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }

  private static long hash(char kind, String key) {
    byte[] bytes = (kind + key).getBytes(StandardCharsets.UTF_8);
    return MurmurHash3.hash128x64(bytes)[0] >>> (64 - BITS);
  }
}
