package org.mekong.core.selector;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.CryptoWallet.Chain;

/** Parses and checks TRON, EVM and Bitcoin (mainnet) addresses. */
final class WalletParser {

  private static final Pattern EVM = Pattern.compile("0[xX][0-9a-fA-F]{40}");
  private static final Pattern BASE58 = Pattern.compile("[1-9A-HJ-NP-Za-km-z]{25,35}");

  private WalletParser() {}

  /** Whether {@code raw} has the shape of an address of some supported chain. */
  static boolean looksLikeWallet(String raw) {
    String s = withoutChainPrefix(raw);
    return EVM.matcher(s).matches()
        || s.regionMatches(true, 0, "bc1", 0, 3)
        || (BASE58.matcher(s).matches() && Base58Check.decode(s) != null);
  }

  static Parsed parse(String raw) {
    String s = raw.strip();
    @Nullable Chain declared = null;
    int colon = s.indexOf(':');
    if (colon > 0) {
      declared = chainOf(s.substring(0, colon));
      if (declared == null) {
        return new Parsed.Invalid(
            "unknown chain '" + s.substring(0, colon) + "': use tron, evm or btc");
      }
      s = s.substring(colon + 1).strip();
    }
    Parsed parsed = parseAddress(s);
    if (declared != null
        && parsed instanceof Parsed.Valid valid
        && ((CryptoWallet) valid.selector()).chain() != declared) {
      return new Parsed.Invalid("not a " + declared.code() + " address");
    }
    return parsed;
  }

  private static Parsed parseAddress(String s) {
    if (EVM.matcher(s).matches()) {
      String hex = s.substring(2);
      boolean mixed =
          !hex.equals(hex.toLowerCase(Locale.ROOT)) && !hex.equals(hex.toUpperCase(Locale.ROOT));
      if (mixed && !eip55(hex.toLowerCase(Locale.ROOT)).equals(hex)) {
        return new Parsed.Invalid("EIP-55 checksum does not match (mixed-case EVM address)");
      }
      return valid(Chain.EVM, "0x" + hex.toLowerCase(Locale.ROOT));
    }
    if (s.regionMatches(true, 0, "bc1", 0, 3)) {
      Bech32.Segwit segwit = Bech32.decodeSegwit("bc", s);
      if (segwit == null) {
        return new Parsed.Invalid(
            "not a valid Bitcoin segwit address (Bech32/Bech32m checksum or length)");
      }
      return valid(Chain.BITCOIN, s.toLowerCase(Locale.ROOT));
    }
    if (s.startsWith("0x") || s.startsWith("0X")) {
      return new Parsed.Invalid("an EVM address is 0x followed by 40 hex digits");
    }
    if (!BASE58.matcher(s).matches()) {
      return new Parsed.Invalid("not a TRON, EVM or Bitcoin address");
    }
    byte[] payload = Base58Check.decode(s);
    if (payload == null) {
      return new Parsed.Invalid("Base58Check checksum does not match");
    }
    if (payload.length == 21 && (payload[0] & 0xff) == 0x41) {
      return valid(Chain.TRON, s);
    }
    if (payload.length == 21 && (payload[0] == 0x00 || payload[0] == 0x05)) {
      return valid(Chain.BITCOIN, s);
    }
    return new Parsed.Invalid("a Base58Check string that is no TRON or Bitcoin mainnet address");
  }

  private static Parsed valid(Chain chain, String address) {
    String kind = kindOfCanonical(chain, address);
    if (kind == null) {
      throw new IllegalStateException("parsed address is not canonical: " + address);
    }
    return new Parsed.Valid(new CryptoWallet(chain, address, kind));
  }

  /** The kind of a canonical address of {@code chain}, or {@code null} if it is not one. */
  static @Nullable String kindOfCanonical(Chain chain, String address) {
    switch (chain) {
      case EVM -> {
        return address.matches("0x[0-9a-f]{40}") ? "account" : null;
      }
      case TRON -> {
        byte[] payload = address.startsWith("T") ? Base58Check.decode(address) : null;
        return payload != null && payload.length == 21 && (payload[0] & 0xff) == 0x41
            ? "account"
            : null;
      }
      case BITCOIN -> {
        if (address.startsWith("bc1")) {
          Bech32.Segwit segwit = Bech32.decodeSegwit("bc", address);
          if (segwit == null || !address.equals(address.toLowerCase(Locale.ROOT))) {
            return null;
          }
          return switch (segwit.version()) {
            case 0 -> segwit.programLength() == 20 ? "p2wpkh" : "p2wsh";
            case 1 -> segwit.programLength() == 32 ? "p2tr" : "witness-v1";
            default -> "witness-v" + segwit.version();
          };
        }
        byte[] payload = Base58Check.decode(address);
        if (payload == null || payload.length != 21) {
          return null;
        }
        return payload[0] == 0x00 ? "p2pkh" : payload[0] == 0x05 ? "p2sh" : null;
      }
    }
    throw new AssertionError(chain);
  }

  /** The EIP-55 mixed-case form of 40 lowercase hex digits. */
  static String eip55(String lowerHex) {
    KeccakDigest keccak = new KeccakDigest(256);
    byte[] input = lowerHex.getBytes(StandardCharsets.US_ASCII);
    keccak.update(input, 0, input.length);
    byte[] hash = new byte[32];
    keccak.doFinal(hash, 0);
    StringBuilder sb = new StringBuilder(40);
    for (int i = 0; i < lowerHex.length(); i++) {
      char c = lowerHex.charAt(i);
      int nibble = (hash[i / 2] >> (i % 2 == 0 ? 4 : 0)) & 0xf;
      sb.append(c >= 'a' && nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  private static @Nullable Chain chainOf(String code) {
    return switch (code.strip().toLowerCase(Locale.ROOT)) {
      case "tron", "trx" -> Chain.TRON;
      case "evm", "eth", "ethereum" -> Chain.EVM;
      case "btc", "bitcoin", "xbt" -> Chain.BITCOIN;
      default -> null;
    };
  }

  /** Whether {@code raw} starts with a chain code and a colon, e.g. {@code tron:}. */
  static boolean hasChainPrefix(String raw) {
    int colon = raw.indexOf(':');
    return colon > 0 && chainOf(raw.substring(0, colon)) != null;
  }

  private static String withoutChainPrefix(String raw) {
    int colon = raw.indexOf(':');
    return colon > 0 && chainOf(raw.substring(0, colon)) != null
        ? raw.substring(colon + 1).strip()
        : raw;
  }
}
