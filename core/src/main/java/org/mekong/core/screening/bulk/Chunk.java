package org.mekong.core.screening.bulk;

/**
 * Whole lines cut from the input: {@code data[0, length)}, each line ending in {@code \n} except
 * perhaps the last of the file. A chunk with {@code skippedLine} stands for one line too long to
 * hold, which the reader skipped.
 */
record Chunk(long seq, byte[] data, int length, boolean skippedLine) {

  Chunk {
    if (length < 0 || length > data.length) {
      throw new IllegalArgumentException("length " + length + " outside the buffer");
    }
  }
}
