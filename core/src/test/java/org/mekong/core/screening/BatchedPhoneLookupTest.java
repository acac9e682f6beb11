package org.mekong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ScreeningIndex#hitsPhones} answers exactly what {@link ScreeningIndex#hitsPhone} does. */
class BatchedPhoneLookupTest {

  @Test
  void batchedLookupsAgreeWithSingleOnesAfterAddsAndRemovals() {
    long seed = 20261129L;
    SplittableRandom random = new SplittableRandom(seed);
    ScreeningIndex index = ScreeningIndex.create();
    long[] listed = new long[50_000];
    for (int i = 0; i < listed.length; i++) {
      // a narrow range, so that probes collide and runs of occupied slots form
      listed[i] = 66_800_000_000L + random.nextInt(200_000);
      index.addPhone(i, listed[i]);
    }
    for (int i = 0; i < listed.length; i += 3) {
      index.remove(i, new org.mekong.core.selector.PhoneNumber("+" + listed[i], "TH", "mobile"));
    }
    long[] probes = new long[100_003];
    for (int i = 0; i < probes.length; i++) {
      probes[i] =
          random.nextBoolean()
              ? listed[random.nextInt(listed.length)]
              : 66_800_000_000L + random.nextInt(400_000);
    }
    boolean[] hits = new boolean[probes.length];
    index.hitsPhones(probes, 0, probes.length, hits);
    for (int i = 0; i < probes.length; i++) {
      assertThat(hits[i])
          .as("seed %d probe %d (%d)", seed, i, probes[i])
          .isEqualTo(index.hitsPhone(probes[i]));
    }
  }

  @Test
  void aPartialRangeAnswersFromTheStartOfTheResults() {
    ScreeningIndex index = ScreeningIndex.create();
    index.addPhone(0, 66_812_345_678L);
    long[] probes = {66_812_345_678L, 66_812_345_678L, 66_812_345_678L};
    boolean[] hits = new boolean[3];
    index.hitsPhones(probes, 1, 2, hits);
    assertThat(hits).containsExactly(true, false, false);
    assertThatThrownBy(() -> index.hitsPhones(probes, 2, 4, hits))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> index.hitsPhones(probes, 0, 3, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
