package org.mekong.core.synthetic;

import org.mekong.core.selector.ChecksumEncodings;

/** The small encodings that generated selectors need: checksums (from the selectors), padding. */
final class Codecs {

  private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

  private Codecs() {}

  /** Base58Check of {@code payload} (version byte included). */
  static String base58Check(byte[] payload) {
    return ChecksumEncodings.base58Check(payload);
  }

  /** A segwit version-0 address (Bech32) with human-readable part {@code hrp}. */
  static String segwitV0(String hrp, byte[] program) {
    return ChecksumEncodings.segwit(hrp, 0, program);
  }

  /** The Luhn check digit of {@code body} (the digit to append). */
  static int luhnCheckDigit(String body) {
    return ChecksumEncodings.luhnCheckDigit(body);
  }

  /** {@code value} in lowercase base 36, left-padded with zeros to {@code width} characters. */
  static String base36(long value, int width) {
    StringBuilder sb = new StringBuilder();
    long v = value;
    do {
      sb.append(BASE36.charAt((int) (v % 36)));
      v /= 36;
    } while (v > 0);
    while (sb.length() < width) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  /** {@code value} in decimal, left-padded with zeros to {@code width} digits. */
  static String digits(long value, int width) {
    String s = Long.toString(value);
    return "0".repeat(Math.max(0, width - s.length())) + s;
  }
}
