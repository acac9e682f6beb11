package org.mekong.core.synthetic;

import com.google.common.hash.Hashing;
import java.math.BigInteger;
import java.util.Arrays;

/** The small encoders that generated selectors need: Base58Check, Bech32 (segwit v0), Luhn. */
final class Codecs {

  private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  private static final int[] GENERATOR = {
    0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3
  };
  private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
  private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

  private Codecs() {}

  /** Base58Check of {@code payload} (version byte included). */
  static String base58Check(byte[] payload) {
    byte[] once = Hashing.sha256().hashBytes(payload).asBytes();
    byte[] twice = Hashing.sha256().hashBytes(once).asBytes();
    byte[] bytes = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(twice, 0, bytes, payload.length, 4);
    StringBuilder sb = new StringBuilder();
    BigInteger value = new BigInteger(1, bytes);
    while (value.signum() > 0) {
      BigInteger[] qr = value.divideAndRemainder(FIFTY_EIGHT);
      sb.append(BASE58.charAt(qr[1].intValue()));
      value = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  /** A segwit version-0 address (Bech32) with human-readable part {@code hrp}. */
  static String segwitV0(String hrp, byte[] program) {
    int[] data = new int[1 + (program.length * 8 + 4) / 5];
    int acc = 0;
    int bits = 0;
    int out = 1;
    for (byte b : program) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        data[out++] = (acc >>> bits) & 31;
      }
    }
    if (bits > 0) {
      data[out] = (acc << (5 - bits)) & 31;
    }
    int[] values = new int[hrp.length() * 2 + 1 + data.length + 6];
    int v = 0;
    for (int i = 0; i < hrp.length(); i++) {
      values[v++] = hrp.charAt(i) >>> 5;
    }
    values[v++] = 0;
    for (int i = 0; i < hrp.length(); i++) {
      values[v++] = hrp.charAt(i) & 31;
    }
    System.arraycopy(data, 0, values, v, data.length);
    int polymod = polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int d : data) {
      sb.append(BECH32.charAt(d));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((polymod >>> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  /** The Luhn check digit of {@code body} (the digit to append). */
  static int luhnCheckDigit(String body) {
    int sum = 0;
    boolean doubled = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
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

  private static int polymod(int[] values) {
    int chk = 1;
    for (int value : values) {
      int top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ value;
      for (int i = 0; i < 5; i++) {
        if (((top >>> i) & 1) != 0) {
          chk ^= GENERATOR[i];
        }
      }
    }
    return chk;
  }
}
