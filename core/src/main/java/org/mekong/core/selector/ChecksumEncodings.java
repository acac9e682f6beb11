package org.mekong.core.selector;

/**
 * The checksum encodings that selectors are validated with, for code that makes valid selectors
 * (test data, the synthetic world): Base58Check, segwit Bech32/Bech32m and Luhn. One implementation
 * serves both directions, so what is encoded here is what the parsers accept.
 */
public final class ChecksumEncodings {

  private ChecksumEncodings() {}

  /** Base58Check of {@code payload} (version byte included). */
  public static String base58Check(byte[] payload) {
    return Base58Check.encode(payload);
  }

  /** The segwit address of {@code program} (Bech32 for version 0, Bech32m above), lowercase. */
  public static String segwit(String hrp, int version, byte[] program) {
    return Bech32.encodeSegwit(hrp, version, program);
  }

  /** The Luhn check digit of {@code body} (the digit to append). */
  public static int luhnCheckDigit(CharSequence body) {
    return Luhn.checkDigit(body);
  }
}
