package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mekong.core.selector.ParsedAssertions.canonical;
import static org.mekong.core.selector.ParsedAssertions.invalid;
import static org.mekong.core.selector.ParsedAssertions.valid;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mekong.core.SharedData;

class CryptoWalletTest {

  @ParameterizedTest
  @ValueSource(strings = {"TRX", "USDT", "XBT", "ETH"})
  void everyOfacSanctionedAddressValidates(String list) throws IOException {
    Path file = SharedData.require("data/ofac/sanctioned_addresses_" + list + ".txt");
    List<String> addresses =
        Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    assertThat(addresses).isNotEmpty();
    for (String address : addresses) {
      Selector detected = valid(address);
      assertThat(detected).as(address).isInstanceOf(CryptoWallet.class);
      assertThat(valid(address, SelectorType.WALLET, null)).isEqualTo(detected);
    }
  }

  @Test
  void canonicalKeysAndAttributes() {
    CryptoWallet tron = (CryptoWallet) valid("TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre");
    assertThat(tron.canonical()).isEqualTo("tron:TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre");
    assertThat(tron.attributes()).containsExactly(entry("chain", "tron"), entry("kind", "account"));
    assertThat(canonical("0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1", null, null))
        .isEqualTo("evm:0x01e2919679362dfbc9ee1644ba9c6da6d6245bb1");
    assertThat(canonical("0X01E2919679362DFBC9EE1644BA9C6DA6D6245BB1", SelectorType.WALLET, null))
        .isEqualTo("evm:0x01e2919679362dfbc9ee1644ba9c6da6d6245bb1");
    assertThat(valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa").attributes())
        .containsEntry("kind", "p2pkh");
    assertThat(valid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy").attributes())
        .containsEntry("kind", "p2sh");
    assertThat(canonical("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", null, null))
        .isEqualTo("btc:bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
    assertThat(valid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4").attributes())
        .containsEntry("kind", "p2wpkh");
    assertThat(valid("bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3").attributes())
        .containsEntry("kind", "p2wsh");
    assertThat(valid("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0").attributes())
        .containsEntry("kind", "p2tr");
    assertThat(canonical("tron:TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre", null, null))
        .isEqualTo("tron:TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre");
  }

  @Test
  void rejectionsSayWhy() {
    assertThat(invalid("0x01e2919679362dFBC9ee1644Ba9C6da6D6245Bb1", SelectorType.WALLET, null))
        .contains("EIP-55");
    assertThat(invalid("TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLrf", SelectorType.WALLET, null))
        .contains("checksum");
    // a v0 program under the Bech32m constant (BIP-350 test vector) and a mixed-case address
    assertThat(invalid("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5", SelectorType.WALLET, null))
        .contains("segwit");
    assertThat(invalid("bc1Qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", SelectorType.WALLET, null))
        .contains("segwit");
    assertThat(invalid("btc:TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre", null, null)).contains("btc");
    assertThat(invalid("doge:DH5yaieqoZN36fDVciNyRueRGvGLR3mr7L", SelectorType.WALLET, null))
        .contains("unknown chain");
    assertThat(invalid("0x1234", SelectorType.WALLET, null)).contains("40 hex");
  }

  @Test
  void everySingleCharacterCorruptionIsRejected() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    RandomSelectors generator = new RandomSelectors(random);
    for (int round = 0; round < 40; round++) {
      for (String address : List.of(generator.tron(), generator.bitcoinBase58())) {
        assertValid(seed, address);
        assertCorruptionsRejected(seed, address, Base58Check.ALPHABET);
      }
      String segwit = generator.bitcoinSegwit();
      assertValid(seed, segwit);
      assertCorruptionsRejected(seed, segwit, Bech32.CHARSET);
    }
  }

  @Test
  void everyCaseFlipOfAnEip55AddressIsRejected() {
    long seed = System.nanoTime();
    RandomSelectors generator = new RandomSelectors(new Random(seed));
    for (int round = 0; round < 200; round++) {
      String address = generator.evmChecksummed();
      assertValid(seed, address);
      for (int i = 2; i < address.length(); i++) {
        char c = address.charAt(i);
        if (!Character.isLetter(c)) {
          continue;
        }
        char flipped =
            Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
        String corrupted = address.substring(0, i) + flipped + address.substring(i + 1);
        String hex = corrupted.substring(2);
        if (hex.equals(hex.toLowerCase(Locale.ROOT)) || hex.equals(hex.toUpperCase(Locale.ROOT))) {
          continue; // a single-case address carries no checksum: nothing to catch
        }
        assertThat(Selectors.parse(corrupted, SelectorType.WALLET, null))
            .as("seed %d: %s", seed, corrupted)
            .isInstanceOf(Parsed.Invalid.class);
      }
    }
  }

  private static void assertValid(long seed, String address) {
    assertThat(Selectors.parse(address, SelectorType.WALLET, null))
        .as("seed %d: %s", seed, address)
        .isInstanceOf(Parsed.Valid.class);
  }

  private static void assertCorruptionsRejected(long seed, String address, String alphabet) {
    for (int i = 0; i < address.length(); i++) {
      for (int j = 0; j < alphabet.length(); j++) {
        char c = alphabet.charAt(j);
        if (c == address.charAt(i)) {
          continue;
        }
        String corrupted = address.substring(0, i) + c + address.substring(i + 1);
        assertThat(Selectors.parse(corrupted, SelectorType.WALLET, null))
            .as("seed %d: %s corrupted at %d to %s", seed, address, i, corrupted)
            .isInstanceOf(Parsed.Invalid.class);
      }
    }
  }
}
