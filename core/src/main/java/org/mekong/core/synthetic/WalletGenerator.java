package org.mekong.core.synthetic;

import java.util.HexFormat;
import java.util.random.RandomGenerator;
import org.mekong.core.selector.SelectorType;

/**
 * Crypto wallets: TRON (Base58Check, version 0x41), EVM (0x + 40 lowercase hex) and Bitcoin P2PKH,
 * P2SH (Base58Check) and P2WPKH (Bech32). The first 8 bytes of each 20-byte hash are a bijection of
 * the wallet's number, so that no wallet repeats; the other 12 are random.
 */
final class WalletGenerator {

  /** The kinds of wallet generated. */
  enum Kind {
    TRON,
    EVM,
    BTC_P2PKH,
    BTC_P2SH,
    BTC_P2WPKH
  }

  /** Wallets that {@link #next} never returns are numbered from here (it counts up from 0). */
  private static final long UNLISTED = 1L << 62;

  private final RandomGenerator random;
  private final long salt;
  private long count;

  WalletGenerator(RandomGenerator random) {
    this.random = random;
    this.salt = random.nextLong();
  }

  Spelled next(Kind kind) {
    return Spelled.parse(address(kind, hash20(count++, random)), SelectorType.WALLET, null);
  }

  /**
   * Wallet #{@code index} of those that {@link #next} never returns, for traffic that must not hit
   * the world's wallets; the random bytes of its hash are drawn from {@code draw}.
   */
  String unlisted(Kind kind, long index, RandomGenerator draw) {
    return address(kind, hash20(UNLISTED + index, draw));
  }

  private static String address(Kind kind, byte[] hash) {
    return switch (kind) {
      case TRON -> Codecs.base58Check(versioned((byte) 0x41, hash));
      case EVM -> "0x" + HexFormat.of().formatHex(hash);
      case BTC_P2PKH -> Codecs.base58Check(versioned((byte) 0x00, hash));
      case BTC_P2SH -> Codecs.base58Check(versioned((byte) 0x05, hash));
      case BTC_P2WPKH -> Codecs.segwitV0("bc", hash);
    };
  }

  private byte[] hash20(long number, RandomGenerator random) {
    byte[] hash = new byte[20];
    long unique = Permutation.mix64(salt + number);
    for (int i = 0; i < 8; i++) {
      hash[i] = (byte) (unique >>> (56 - 8 * i));
    }
    for (int i = 8; i < 20; i++) {
      hash[i] = (byte) random.nextInt(256);
    }
    return hash;
  }

  private static byte[] versioned(byte version, byte[] hash) {
    byte[] payload = new byte[21];
    payload[0] = version;
    System.arraycopy(hash, 0, payload, 1, 20);
    return payload;
  }
}
