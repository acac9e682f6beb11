package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CodecsAndPermutationTest {

  @Test
  void bech32MatchesTheBip173Vector() {
    byte[] program = HexFormat.of().parseHex("751e76e8199196d454941c45d1b3a323f1433bd6");
    assertThat(Codecs.segwitV0("bc", program))
        .isEqualTo("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4");
  }

  @Test
  void base58CheckMatchesABitcoinAddress() {
    byte[] payload = HexFormat.of().parseHex("00010966776006953d5567439e5e39f86a0d273bee");
    assertThat(Codecs.base58Check(payload)).isEqualTo("16UwLL9Risc3QfPqBUvKofHmBQ7wMtjvM");
  }

  @Test
  void luhnCheckDigitOfAKnownImei() {
    assertThat(Codecs.luhnCheckDigit("49015420323751")).isEqualTo(8);
  }

  @Test
  void fixedWidthEncodings() {
    assertThat(Codecs.base36(35, 3)).isEqualTo("00z");
    assertThat(Codecs.digits(42, 5)).isEqualTo("00042");
  }

  @Test
  void aPermutationIsABijectionForEverySeed() {
    for (long seed = 0; seed < 50; seed++) {
      for (long modulus : List.of(2L, 10L, 210L, 1_000L, 4_096L)) {
        Permutation permutation = new Permutation(modulus, new SplittableRandom(seed));
        BitSet hit = new BitSet();
        for (long i = 0; i < modulus; i++) {
          hit.set((int) permutation.apply(i));
        }
        assertThat(hit.cardinality())
            .as("seed %d, modulus %d", seed, modulus)
            .isEqualTo((int) modulus);
      }
    }
  }

  @Test
  void anExhaustedPermutationSaysSo() {
    Permutation permutation = new Permutation(10, new SplittableRandom(1));
    assertThatThrownBy(() -> permutation.apply(10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exhausted");
    assertThatThrownBy(() -> new Permutation(1, new SplittableRandom(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void badRequestsAreRejected() {
    SyntheticSelectors selectors = new SyntheticSelectors(1);
    assertThatThrownBy(() -> selectors.nationalAccount("DE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CN");
    assertThatThrownBy(() -> SyntheticWorld.generate(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    PlantedCases planted = PlantedCases.of(1);
    assertThatThrownBy(
            () ->
                new PlantedCases(
                    planted.callCentrePhones().subList(0, 9),
                    planted.muleAccounts(),
                    planted.gamblingDomains()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
