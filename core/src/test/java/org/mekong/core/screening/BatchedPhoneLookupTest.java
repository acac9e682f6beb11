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
  void batchedAddsIndexWhatSingleAddsIndex() {
    long seed = 20261206L;
    SplittableRandom random = new SplittableRandom(seed);
    long[] phones = new long[20_000];
    for (int i = 0; i < phones.length; i++) {
      // repeats included: one number listed by several entries
      phones[i] = 66_800_000_000L + random.nextInt(15_000);
    }
    ScreeningIndex single = ScreeningIndex.create();
    for (int i = 100; i < 19_900; i++) {
      single.addPhone(7 + i - 100, phones[i]);
    }
    ScreeningIndex batched = ScreeningIndex.create();
    assertThat(
            batched.addPhones(7, phones, 100, 10_000)
                + batched.addPhones(9_907, phones, 10_000, 19_900))
        .isEqualTo(single.size());
    assertThat(batched.size()).isEqualTo(single.size());
    for (int i = 0; i < phones.length; i++) {
      var phone = new org.mekong.core.selector.PhoneNumber("+" + phones[i], "TH", "mobile");
      assertThat(batched.screen(phone))
          .as("seed %d phone %d", seed, phones[i])
          .isEqualTo(single.screen(phone));
    }
    assertThatThrownBy(() -> batched.addPhones(0, new long[] {0L}, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
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
