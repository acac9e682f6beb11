package org.mekong.server.screening;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal JSON writer for fixed shapes: raw ASCII punctuation and names, escaped strings, whole
 * numbers, buffered into UTF-8 bytes. Strings are escaped as RFC 8259 requires: quote, backslash
 * and control characters; everything else is written as UTF-8.
 */
final class JsonBytes {

  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final byte[] buffer = new byte[64 * 1024];
  private int used;

  JsonBytes(OutputStream out) {
    this.out = out;
  }

  /** Writes ASCII text as it is: punctuation and property names known to need no escaping. */
  JsonBytes raw(String ascii) throws IOException {
    ensure(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      buffer[used++] = (byte) ascii.charAt(i);
    }
    return this;
  }

  /** Writes pre-encoded bytes as they are. */
  JsonBytes raw(byte[] bytes) throws IOException {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, used, bytes.length);
    used += bytes.length;
    return this;
  }

  /** Writes a JSON string, quoted and escaped. */
  JsonBytes string(String value) throws IOException {
    int length = value.length();
    if (length > MAX_CHARS_AT_ONCE) {
      return longString(value);
    }
    ensure(length * 6 + 2);
    byte[] b = buffer;
    int at = used;
    b[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        b[at++] = (byte) c;
      } else {
        used = at;
        i = escaped(value, i);
        at = used;
      }
    }
    b[at++] = '"';
    used = at;
    return this;
  }

  /** Writes a whole number. */
  JsonBytes number(long value) throws IOException {
    if (value >= 0 && value < SMALL.length) {
      return raw(SMALL[(int) value]);
    }
    return raw(Long.toString(value));
  }

  private static final int MAX_CHARS_AT_ONCE = 4096;
  private static final byte[][] SMALL = new byte[1001][];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** A string too long to reserve space for at once, written in slices. */
  private JsonBytes longString(String value) throws IOException {
    put((byte) '"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        put((byte) c);
      } else {
        i = escaped(value, i);
      }
    }
    put((byte) '"');
    return this;
  }

  /** Writes the character at {@code i} escaped or as UTF-8; returns the last index consumed. */
  private int escaped(String value, int i) throws IOException {
    char c = value.charAt(i);
    if (c == '"' || c == '\\') {
      put((byte) '\\');
      put((byte) c);
    } else if (c < 0x20) {
      put((byte) '\\');
      put((byte) 'u');
      put((byte) '0');
      put((byte) '0');
      put(HEX[c >> 4]);
      put(HEX[c & 0xF]);
    } else if (Character.isHighSurrogate(c)
        && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1))) {
      utf8(Character.toCodePoint(c, value.charAt(i + 1)));
      return i + 1;
    } else if (Character.isSurrogate(c)) {
      utf8(0xFFFD);
    } else {
      utf8(c);
    }
    return i;
  }

  private void ensure(int bytes) throws IOException {
    if (used + bytes > buffer.length) {
      out.write(buffer, 0, used);
      used = 0;
      if (bytes > buffer.length) {
        throw new IllegalStateException("no room for " + bytes + " bytes at once");
      }
    }
  }

  /** Writes what is buffered to the stream and flushes it. */
  void flush() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
    out.flush();
  }

  private void utf8(int codePoint) throws IOException {
    if (codePoint < 0x800) {
      put((byte) (0xC0 | (codePoint >> 6)));
      put((byte) (0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
      put((byte) (0xE0 | (codePoint >> 12)));
      put((byte) (0x80 | ((codePoint >> 6) & 0x3F)));
      put((byte) (0x80 | (codePoint & 0x3F)));
    } else {
      put((byte) (0xF0 | (codePoint >> 18)));
      put((byte) (0x80 | ((codePoint >> 12) & 0x3F)));
      put((byte) (0x80 | ((codePoint >> 6) & 0x3F)));
      put((byte) (0x80 | (codePoint & 0x3F)));
    }
  }

  private void put(byte b) throws IOException {
    if (used == buffer.length) {
      out.write(buffer, 0, used);
      used = 0;
    }
    buffer[used++] = b;
  }
}
