package org.mekong.core.screening.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Cuts an input stream into {@link Chunk}s of whole lines. A line longer than a chunk is skipped up
 * to its newline and stands as a chunk of its own marked {@code skippedLine}.
 */
final class ChunkReader {

  private final InputStream in;
  private final LongConsumer progress;
  private final ChunkBuffers buffers;
  private byte[] buffer;
  private int filled;
  private long seq;
  private boolean eof;

  /** A reader that takes its buffers from {@code buffers}, to which screened chunks go back. */
  ChunkReader(InputStream in, ChunkBuffers buffers, LongConsumer progress) {
    this.in = in;
    this.progress = progress;
    this.buffers = buffers;
    this.buffer = buffers.take();
  }

  /** The next chunk, or null at the end of the input. */
  @Nullable Chunk next() throws IOException {
    while (true) {
      fill();
      if (filled == 0) {
        return null;
      }
      int cut = lastNewline();
      if (cut >= 0) {
        return emit(cut + 1);
      }
      if (eof) {
        return emit(filled);
      }
      // a full buffer without a newline: skip the line up to its end
      skipLine();
      return new Chunk(seq++, new byte[0], 0, true);
    }
  }

  private void fill() throws IOException {
    while (!eof && filled < buffer.length) {
      int n = in.read(buffer, filled, buffer.length - filled);
      if (n < 0) {
        eof = true;
      } else {
        filled += n;
        progress.accept(n);
      }
    }
  }

  private int lastNewline() {
    for (int i = filled - 1; i >= 0; i--) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private Chunk emit(int length) {
    byte[] next = buffers.take();
    int rest = filled - length;
    System.arraycopy(buffer, length, next, 0, rest);
    Chunk chunk = new Chunk(seq++, buffer, length, false);
    buffer = next;
    filled = rest;
    return chunk;
  }

  private void skipLine() throws IOException {
    while (true) {
      filled = 0;
      fill();
      for (int i = 0; i < filled; i++) {
        if (buffer[i] == '\n') {
          System.arraycopy(buffer, i + 1, buffer, 0, filled - i - 1);
          filled -= i + 1;
          return;
        }
      }
      if (eof) {
        filled = 0;
        return;
      }
    }
  }
}
