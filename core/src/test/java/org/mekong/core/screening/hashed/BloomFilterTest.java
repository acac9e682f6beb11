package org.mekong.core.screening.hashed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BloomFilterTest {

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.01, 0.001})
  void measuredFalsePositiveRateIsNearTheChosenOneAndThereAreNoFalseNegatives(double fpr) {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    int n = 50_000;
    BloomFilter filter = BloomFilter.create(n, fpr);
    Set<Long> members = new HashSet<>();
    while (members.size() < n) {
      members.add(random.nextLong());
    }
    members.forEach(filter::put);
    for (long member : members) {
      assertThat(filter.mightContain(member)).as("seed %d: no false negative", seed).isTrue();
    }
    int probes = 2_000_000;
    int falsePositives = 0;
    for (int i = 0; i < probes; i++) {
      long probe = random.nextLong();
      if (!members.contains(probe) && filter.mightContain(probe)) {
        falsePositives++;
      }
    }
    double measured = (double) falsePositives / probes;
    // The filter is sized so that its theoretical rate is at most the chosen one (bits rounded
    // up); allow 15 % for sampling (at 0.001, 2,000 expected, one standard deviation is 2.2 %)
    // and for k being rounded.
    assertThat(measured)
        .as(
            "seed %d, fpr %s: measured %s, expected %s",
            seed, fpr, measured, filter.expectedFalsePositiveRate(n))
        .isBetween(fpr * 0.6, fpr * 1.15);
    assertThat(filter.expectedFalsePositiveRate(n)).isLessThanOrEqualTo(fpr * 1.05);
  }

  @Test
  void sizedByTheTextbookFormula() {
    BloomFilter filter = BloomFilter.create(1_000_000, 0.001);
    // m = ceil(1e6 · ln(1000) / ln(2)²) = 14,377,588 bits → 224,650 words; k = round(14.38 · ln 2)
    assertThat(filter.bitCount()).isEqualTo(224_650L * 64);
    assertThat(filter.hashCount()).isEqualTo(10);
    assertThat(filter.falsePositiveRate()).isEqualTo(0.001);
    BloomFilter tiny = BloomFilter.create(0, 0.5);
    assertThat(tiny.bitCount()).isEqualTo(64);
    assertThat(tiny.hashCount()).isEqualTo(44);
    assertThat(tiny.mightContain(42)).isFalse();
    tiny.put(42);
    assertThat(tiny.mightContain(42)).isTrue();
  }

  @Test
  void theMixIsABijectionOnASample() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    Set<Long> mixed = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      mixed.add(BloomFilter.mix(i));
      mixed.add(BloomFilter.mix(random.nextLong()));
    }
    assertThat(mixed).as("seed %d", seed).hasSizeGreaterThan(199_990);
    assertThat(BloomFilter.mix(0)).isZero();
  }

  @Test
  void refusesRatesOutOfRangeAndNegativeCounts() {
    assertThatThrownBy(() -> BloomFilter.create(10, 0.6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 1.0E-9 and 0.5, was 0.6");
    assertThatThrownBy(() -> BloomFilter.create(10, 1e-10)).hasMessageContaining("was 1.0E-10");
    assertThatThrownBy(() -> BloomFilter.create(10, Double.NaN)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> BloomFilter.create(-1, 0.01)).hasMessageContaining("0 or more");
    assertThatThrownBy(() -> BloomFilter.create(Long.MAX_VALUE / 2, 1e-9))
        .hasMessageContaining("would need more than");
    assertThat(BloomFilter.create(1_000_000, 1e-9).hashCount()).isEqualTo(30);
  }
}
