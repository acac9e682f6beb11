package org.mekong.core.screening.bulk;

import java.nio.charset.StandardCharsets;

/** A reusable view of bytes as chars, one byte a char (callers check for ASCII themselves). */
final class ByteSlice implements CharSequence {

  private byte[] data = new byte[0];
  private int start;
  private int length;

  ByteSlice set(byte[] data, int start, int end) {
    this.data = data;
    this.start = start;
    this.length = end - start;
    return this;
  }

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return (char) (data[start + index] & 0xff);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return toString().substring(from, to);
  }

  /** The bytes decoded as UTF-8. */
  @Override
  public String toString() {
    return new String(data, start, length, StandardCharsets.UTF_8);
  }
}
