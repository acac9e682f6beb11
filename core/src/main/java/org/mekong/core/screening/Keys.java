package org.mekong.core.screening;

import com.google.common.hash.HashCode;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Primitive keys of selectors. Fixed-width selectors are their own key (a phone's E.164 digits, an
 * IMEI body or IMSI as a number, an IPv4 network with its prefix length); variable-width ones are
 * hashed with 128-bit MurmurHash3 into a non-zero 64-bit key and a second, independent 64-bit
 * check, both compared on lookup.
 */
final class Keys {

  private static final HashFunction MURMUR = Hashing.murmur3_128(0x6d656b6f);
  private static final long IMEI_TAG = 1L << 62;
  private static final long IPV4_TAG = 1L << 40;

  private Keys() {}

  /** A 128-bit hash of a string: {@code [0]} the non-zero key, {@code [1]} the check. */
  static long[] hash(String text) {
    return split(MURMUR.hashString(text, StandardCharsets.UTF_8));
  }

  /** A 128-bit hash of an IPv6 network: its two address halves (host bits clear) and length. */
  static long[] hashIpv6(long high, long low, int prefixLength) {
    return split(MURMUR.newHasher().putLong(high).putLong(low).putInt(prefixLength).hash());
  }

  private static long[] split(HashCode code) {
    ByteBuffer bytes = ByteBuffer.wrap(code.asBytes()).order(ByteOrder.LITTLE_ENDIAN);
    long key = bytes.getLong();
    long check = bytes.getLong();
    return new long[] {key == SlotTable.EMPTY ? 1L : key, check};
  }

  /** E.164 digits without {@code +}, e.g. {@code 66812345678}; never zero (no leading 0). */
  static long phone(String e164) {
    return Long.parseLong(e164, 1, e164.length(), 10);
  }

  /** The 14-digit IMEI body, tagged so that the all-zero body is not the empty key. */
  static long imei(String body) {
    return imei(Long.parseLong(body));
  }

  /** The 14-digit IMEI body given as a number, tagged like {@link #imei(String)}. */
  static long imei(long body) {
    return body | IMEI_TAG;
  }

  /** The 15-digit IMSI; never zero (an MCC starts with 2 to 7). */
  static long imsi(String value) {
    return Long.parseLong(value);
  }

  /** An IPv4 network: tag, prefix length and network address in one key. */
  static long ipv4(int network, int prefixLength) {
    return IPV4_TAG | ((long) prefixLength << 32) | (network & 0xFFFFFFFFL);
  }

  /** The IPv4 address with the bits after {@code prefixLength} cleared. */
  static int maskIpv4(int address, int prefixLength) {
    return prefixLength == 0 ? 0 : address & (-1 << (32 - prefixLength));
  }

  /** The high half of a 128-bit address with the bits after {@code prefixLength} cleared. */
  static long maskHigh(long high, int prefixLength) {
    if (prefixLength >= 64) {
      return high;
    }
    return prefixLength == 0 ? 0L : high & (-1L << (64 - prefixLength));
  }

  /** The low half of a 128-bit address with the bits after {@code prefixLength} cleared. */
  static long maskLow(long low, int prefixLength) {
    if (prefixLength <= 64) {
      return 0L;
    }
    return prefixLength == 128 ? low : low & (-1L << (128 - prefixLength));
  }
}
