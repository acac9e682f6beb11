package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrafficSamplingTest {

  private static final LocalDate DAY = LocalDate.of(2026, 10, 31);

  @Test
  void selectionPicksExactlyTheWantedNumber() {
    for (long seed = 0; seed < 50; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int from = 1 + random.nextInt(2_000);
      int wanted = random.nextInt(from + 1);
      Selection selection = new Selection(wanted, from);
      int picked = 0;
      for (int i = 0; i < from; i++) {
        picked += selection.next(random) ? 1 : 0;
      }
      assertThat(picked).as("seed %d", seed).isEqualTo(wanted);
      assertThatThrownBy(() -> selection.next(random)).isInstanceOf(IllegalStateException.class);
    }
    assertThatThrownBy(() -> new Selection(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Selection(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordsComeInTimeOrderOverTheThaiDayAndTheOfficeRowsInOfficeHours() {
    for (long seed = 0; seed < 5; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int rows = 1 + random.nextInt(50_000);
      int from = DailyCurve.CALLS.firstRowFrom(9, rows);
      int to = DailyCurve.CALLS.endRowBefore(18, rows);
      Instant midnight = DAY.atStartOfDay().toInstant(ZoneOffset.ofHours(7));
      Instant previous = midnight;
      for (int row = 0; row < rows; row++) {
        Instant at = DailyCurve.CALLS.at(DAY, row, rows, random);
        assertThat(at).as("seed %d row %d", seed, row).isAfterOrEqualTo(previous);
        assertThat(at).isBefore(midnight.plusSeconds(86_400));
        if (row >= from && row < to) {
          int hour = at.atOffset(ZoneOffset.ofHours(7)).getHour();
          assertThat(hour).as("seed %d row %d", seed, row).isBetween(9, 17);
        }
        previous = at;
      }
      assertThat(to - from).as("seed %d", seed).isGreaterThan(rows * 2 / 5 - 2);
    }
  }
}
