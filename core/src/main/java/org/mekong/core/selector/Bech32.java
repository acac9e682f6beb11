package org.mekong.core.selector;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Bech32 (BIP-173) and Bech32m (BIP-350) decoding of segwit addresses. */
final class Bech32 {

  static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int BECH32_CONST = 1;
  private static final int BECH32M_CONST = 0x2bc830a3;
  private static final int[] GENERATOR = {
    0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3
  };

  private Bech32() {}

  /** A decoded segwit address: witness version and program. */
  record Segwit(int version, int programLength) {}

  /**
   * The witness version and program of a segwit address with human-readable part {@code hrp}, or
   * {@code null} when the string is no such address (bad characters, mixed case, wrong checksum
   * variant for the version, bad program length).
   */
  static @Nullable Segwit decodeSegwit(String hrp, String address) {
    if (address.length() > 90 || address.length() < 8) {
      return null;
    }
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c < 33 || c > 126) {
        return null;
      }
      lower |= Character.isLowerCase(c);
      upper |= Character.isUpperCase(c);
    }
    if (lower && upper) {
      return null;
    }
    String s = address.toLowerCase(Locale.ROOT);
    int separator = s.lastIndexOf('1');
    if (separator < 1 || separator + 7 > s.length() || !s.substring(0, separator).equals(hrp)) {
      return null;
    }
    int[] data = new int[s.length() - separator - 1];
    for (int i = 0; i < data.length; i++) {
      data[i] = CHARSET.indexOf(s.charAt(separator + 1 + i));
      if (data[i] < 0) {
        return null;
      }
    }
    int check = polymod(hrp, data);
    if (data.length < 7) {
      return null;
    }
    int version = data[0];
    if (version > 16 || check != (version == 0 ? BECH32_CONST : BECH32M_CONST)) {
      return null;
    }
    byte[] program = fromFiveBits(data, 1, data.length - 6);
    if (program == null || program.length < 2 || program.length > 40) {
      return null;
    }
    if (version == 0 && program.length != 20 && program.length != 32) {
      return null;
    }
    return new Segwit(version, program.length);
  }

  /** The segwit address of {@code program} (Bech32 for version 0, Bech32m above), lowercase. */
  static String encodeSegwit(String hrp, int version, byte[] program) {
    int[] five = new int[1 + (program.length * 8 + 4) / 5 + 6];
    five[0] = version;
    int acc = 0;
    int bits = 0;
    int n = 1;
    for (byte b : program) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five[n++] = (acc >>> bits) & 31;
      }
    }
    if (bits > 0) {
      five[n++] = (acc << (5 - bits)) & 31;
    }
    int mod =
        polymod(hrp, java.util.Arrays.copyOf(five, n + 6))
            ^ (version == 0 ? BECH32_CONST : BECH32M_CONST);
    for (int i = 0; i < 6; i++) {
      five[n + i] = (mod >>> (5 * (5 - i))) & 31;
    }
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int i = 0; i < n + 6; i++) {
      sb.append(CHARSET.charAt(five[i]));
    }
    return sb.toString();
  }

  static int polymod(String hrp, int[] data) {
    int chk = 1;
    for (int i = 0; i < hrp.length(); i++) {
      chk = step(chk, hrp.charAt(i) >> 5);
    }
    chk = step(chk, 0);
    for (int i = 0; i < hrp.length(); i++) {
      chk = step(chk, hrp.charAt(i) & 31);
    }
    for (int value : data) {
      chk = step(chk, value);
    }
    return chk;
  }

  private static int step(int chk, int value) {
    int top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ value;
    for (int i = 0; i < 5; i++) {
      if (((top >>> i) & 1) != 0) {
        chk ^= GENERATOR[i];
      }
    }
    return chk;
  }

  private static byte @Nullable [] fromFiveBits(int[] data, int from, int to) {
    int acc = 0;
    int bits = 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = from; i < to; i++) {
      acc = (acc << 5) | data[i];
      bits += 5;
      while (bits >= 8) {
        bits -= 8;
        out.write((acc >>> bits) & 0xff);
      }
    }
    if (bits >= 5 || ((acc << (8 - bits)) & 0xff) != 0) {
      return null;
    }
    return out.toByteArray();
  }
}
