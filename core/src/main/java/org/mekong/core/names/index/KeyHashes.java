package org.mekong.core.names.index;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;
import org.mekong.core.names.Schema;

/**
 * The blocking keys of a name ({@link org.mekong.core.names.BlockingKeys}) as 40-bit hashes, the
 * form the index stores them in.
 */
final class KeyHashes {

  /** Bits kept of each key's hash; a collision only merges two lists of candidates. */
  static final int BITS = 40;

  private KeyHashes() {}

  /** Receives keys. */
  @FunctionalInterface
  interface Sink {
    void key(long hash);
  }

  /** Emits the keys of a name (possibly repeated); none for a name with nothing to compare. */
  static void of(Schema schema, String name, Sink sink) {
    org.mekong.core.names.BlockingKeys.each(schema, name, (kind, key) -> sink.key(hash(kind, key)));
  }

  private static long hash(char kind, String key) {
    byte[] bytes = (kind + key).getBytes(StandardCharsets.UTF_8);
    return MurmurHash3.hash128x64(bytes)[0] >>> (64 - BITS);
  }
}
