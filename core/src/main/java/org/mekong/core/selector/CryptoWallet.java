package org.mekong.core.selector;

import java.util.Map;
import java.util.Objects;

/**
 * A cryptocurrency address on a chain: TRON ({@code tron:T...}), an EVM chain ({@code evm:0x...},
 * lowercase) or Bitcoin ({@code btc:1...}, {@code btc:3...}, {@code btc:bc1...}).
 */
public record CryptoWallet(Chain chain, String address, String kind) implements Selector {

  /** The address families; the code prefixes the canonical key. */
  public enum Chain {
    TRON("tron"),
    /** Ethereum and every chain that shares its address format (BSC, Polygon, ...). */
    EVM("evm"),
    BITCOIN("btc");

    private final String code;

    Chain(String code) {
      this.code = code;
    }

    /** The lowercase code, e.g. {@code btc}. */
    public String code() {
      return code;
    }
  }

  public CryptoWallet {
    if (!Objects.equals(WalletParser.kindOfCanonical(chain, address), kind)) {
      throw new IllegalArgumentException(
          "not a canonical " + chain.code() + " address: " + address);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.WALLET;
  }

  @Override
  public String canonical() {
    return chain.code() + ":" + address;
  }

  /**
   * {@code chain} and {@code kind} ({@code p2pkh}, {@code p2wpkh}, {@code p2tr}, {@code account},
   * ...).
   */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of("chain", chain.code(), "kind", kind);
  }
}
