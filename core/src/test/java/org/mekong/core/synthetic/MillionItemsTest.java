package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.SelectorType;

/** Streams a million items and prints how long it took and the heap in use; asserts no timing. */
class MillionItemsTest {

  @Test
  void aMillionItemsStreamInConstantMemory() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    Map<SelectorType, Long> byType = new EnumMap<>(SelectorType.class);
    long[] peakHeap = {heapBefore};
    long[] seen = {0};
    SyntheticWorld.generate(1L, 1_000_000)
        .forEach(
            item -> {
              byType.merge(item.selector().type(), 1L, Long::sum);
              if (++seen[0] % 100_000 == 0) {
                peakHeap[0] = Math.max(peakHeap[0], runtime.totalMemory() - runtime.freeMemory());
              }
            });
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "synthetic world: 1,000,000 items in %,d ms (%,.0f items/s); heap before %,d KiB, highest"
            + " sampled %,d KiB; by type %s%n",
        millis,
        1_000_000 * 1000.0 / Math.max(1, millis),
        heapBefore / 1024,
        peakHeap[0] / 1024,
        byType);
    assertThat(seen[0]).isEqualTo(1_000_000);
  }
}
