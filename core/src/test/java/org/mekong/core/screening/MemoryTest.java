package org.mekong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.SelectorType;

/** Bytes per fixed-width selector, computed from the table arrays' sizes (not a timing). */
class MemoryTest {

  private static final int PHONES = 1_000_000;

  @Test
  void aMillionPhonesTakeAtMost24BytesEachWhenPresized() {
    ScreeningIndex index = ScreeningIndex.create(Map.of(SelectorType.PHONE, PHONES));
    fill(index, 1L);
    assertThat(bytesPerSelector(index)).isLessThanOrEqualTo(24.0);
  }

  @Test
  void aMillionPhonesTakeAtMost24BytesEachWhenAddedOneByOne() {
    ScreeningIndex index = ScreeningIndex.create();
    fill(index, 2L);
    assertThat(bytesPerSelector(index)).isLessThanOrEqualTo(24.0);
  }

  private static void fill(ScreeningIndex index, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long start = random.nextInt(400_000_000);
    for (int i = 0; i < PHONES; i++) {
      // distinct Thai mobile numbers, +66 6/8/9 and eight digits: a step coprime to 4e8
      long digits = 66_600_000_000L + (start + i * 7_919L) % 400_000_000L;
      assertThat(index.addPhone(i, digits)).as("seed %d", seed).isTrue();
    }
    assertThat(index.fixedWidthKeys()).as("seed %d", seed).isEqualTo(PHONES);
  }

  private static double bytesPerSelector(ScreeningIndex index) {
    return (double) index.fixedWidthSlotBytes() / index.fixedWidthKeys();
  }
}
