package org.mekong.core.selector;

import com.google.common.hash.Hashing;
import java.math.BigInteger;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Base58Check as Bitcoin and TRON use it: payload plus the first 4 bytes of SHA-256(SHA-256). */
final class Base58Check {

  static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58Check() {}

  /** The payload (version byte included), or {@code null} if not Base58 or the checksum fails. */
  static byte @Nullable [] decode(String s) {
    if (s.isEmpty() || s.length() > 64) {
      return null;
    }
    BigInteger value = BigInteger.ZERO;
    int leadingZeros = 0;
    boolean leading = true;
    for (int i = 0; i < s.length(); i++) {
      int digit = ALPHABET.indexOf(s.charAt(i));
      if (digit < 0) {
        return null;
      }
      if (leading && digit == 0) {
        leadingZeros++;
      } else {
        leading = false;
      }
      value = value.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
    if (magnitude.length > 0 && magnitude[0] == 0) {
      magnitude = Arrays.copyOfRange(magnitude, 1, magnitude.length);
    }
    byte[] bytes = new byte[leadingZeros + magnitude.length];
    System.arraycopy(magnitude, 0, bytes, leadingZeros, magnitude.length);
    if (bytes.length < 5) {
      return null;
    }
    byte[] payload = Arrays.copyOf(bytes, bytes.length - 4);
    byte[] checksum = doubleSha256(payload);
    for (int i = 0; i < 4; i++) {
      if (checksum[i] != bytes[payload.length + i]) {
        return null;
      }
    }
    return payload;
  }

  /** Base58Check encoding of {@code payload}. */
  static String encode(byte[] payload) {
    byte[] checksum = doubleSha256(payload);
    byte[] bytes = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(checksum, 0, bytes, payload.length, 4);
    StringBuilder sb = new StringBuilder();
    BigInteger value = new BigInteger(1, bytes);
    while (value.signum() > 0) {
      BigInteger[] qr = value.divideAndRemainder(BASE);
      sb.append(ALPHABET.charAt(qr[1].intValue()));
      value = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  private static byte[] doubleSha256(byte[] data) {
    byte[] once = Hashing.sha256().hashBytes(data).asBytes();
    return Hashing.sha256().hashBytes(once).asBytes();
  }
}
