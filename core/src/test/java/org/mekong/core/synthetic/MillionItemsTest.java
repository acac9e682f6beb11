package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.SelectorType;

/**
 * Streams a million items and prints how long it took and the heap retained after a collection at
 * every 100,000 items (flat when the stream holds nothing back). Asserts no timing.
 */
class MillionItemsTest {

  private static final int ITEMS = 1_000_000;

  @Test
  void aMillionItemsStreamInConstantMemory() {
    Runtime runtime = Runtime.getRuntime();
    Map<SelectorType, Long> byType = new EnumMap<>(SelectorType.class);
    List<Long> retainedKiB = new ArrayList<>();
    long[] seen = {0};
    long start = System.nanoTime();
    SyntheticWorld.generate(1L, ITEMS)
        .forEach(
            item -> {
              byType.merge(item.selector().type(), 1L, Long::sum);
              if (++seen[0] % 100_000 == 0) {
                System.gc();
                retainedKiB.add((runtime.totalMemory() - runtime.freeMemory()) / 1024);
              }
            });
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "synthetic world: %,d items in %,d ms (%,.0f items/s, including %d collections);"
            + " heap retained every 100,000 items (KiB): %s; by type %s%n",
        ITEMS,
        millis,
        ITEMS * 1000.0 / Math.max(1, millis),
        retainedKiB.size(),
        retainedKiB,
        byType);
    assertThat(seen[0]).isEqualTo(ITEMS);
    assertThat(byType.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ITEMS);
  }
}
