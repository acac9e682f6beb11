package org.mekong.core.screening.hashed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The rest of a stream read as big-endian 64-bit words, to its end: the words (at most {@code
 * expected} bytes of them plus a margin for a count mismatch, then only counted), and how many
 * bytes there were in all.
 *
 * @param words the words read, the array possibly longer than {@code total / 8}
 * @param total the number of bytes up to the end of the stream
 * @param complete whether every byte is in a whole word of {@code words}
 */
record Rest(long[] words, long total, boolean complete) {

  private static final int CHUNK = 1 << 16;
  private static final long MARGIN = 1 << 26;
  private static final int FIRST_WORDS = 1 << 17;

  static Rest read(InputStream in, long expected) throws IOException {
    long keep = (expected + MARGIN) / Long.BYTES;
    long[] words = new long[(int) Math.min(expected / Long.BYTES, FIRST_WORDS)];
    byte[] chunk = new byte[CHUNK];
    int filled = 0;
    long total = 0;
    int partial = 0;
    while (filled < keep) {
      int room = CHUNK - partial;
      int n = in.readNBytes(chunk, partial, room);
      boolean end = n < room;
      total += n;
      int whole = (partial + n) / Long.BYTES;
      ByteBuffer buffer = ByteBuffer.wrap(chunk, 0, whole * Long.BYTES);
      for (int i = 0; i < whole && filled < keep; i++) {
        if (filled == words.length) {
          long grown = Math.min(keep, Math.max(16, (long) words.length * 2));
          words = Arrays.copyOf(words, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
        words[filled++] = buffer.getLong();
      }
      partial = (partial + n) % Long.BYTES;
      System.arraycopy(chunk, whole * Long.BYTES, chunk, 0, partial);
      if (end) {
        return new Rest(words, total, partial == 0);
      }
    }
    total += in.transferTo(OutputStream.nullOutputStream());
    return new Rest(words, total, false);
  }
}
