package org.mekong.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.mekong.core.selector.SelectorType;

/**
 * Readers racing one writer never see a torn state: entries that the writer does not touch always
 * hit with exactly their ids, while others are added, removed, shifted back and rehashed around
 * them. Counts operations, never time.
 */
class ConcurrentReadersTest {

  private static final long SEED = 7L;
  private static final int STABLE = 2_000;

  @Test
  void untouchedEntriesAlwaysHitWhileTheWriterChurns() throws InterruptedException {
    ScreeningIndex index = ScreeningIndex.create();
    for (int i = 0; i < STABLE; i++) {
      index.addPhone(i, stable(i));
      index.addPhone(STABLE + i, stable(i));
    }
    AtomicBoolean done = new AtomicBoolean();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < 2; r++) {
      int reader = r;
      readers.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    SplittableRandom random = new SplittableRandom(SEED + reader);
                    while (!done.get() && failures.isEmpty()) {
                      int i = random.nextInt(STABLE);
                      if (!index.hitsPhone(stable(i))) {
                        failures.add("seed " + SEED + ": phone " + i + " missed");
                      }
                      List<Hit> hits = index.screen(Parse.as(SelectorType.PHONE, "+" + stable(i)));
                      if (hits.size() != 2
                          || hits.stream().mapToInt(Hit::entry).sum() != 2 * i + STABLE) {
                        failures.add("seed " + SEED + ": phone " + i + " hits " + hits);
                      }
                    }
                  }));
    }
    SplittableRandom random = new SplittableRandom(SEED);
    List<long[]> churn = new ArrayList<>();
    for (int op = 0; op < 200_000 && failures.isEmpty(); op++) {
      if (churn.isEmpty() || random.nextInt(3) > 0) {
        long phone = 66_900_000_000L + random.nextInt(100_000_000);
        int entry = 10 * STABLE + op;
        assertThat(index.addPhone(entry, phone)).isTrue();
        churn.add(new long[] {phone, entry});
      } else {
        long[] gone = churn.remove(random.nextInt(churn.size()));
        var selector = Parse.as(SelectorType.PHONE, "+" + gone[0]);
        assertThat(index.remove((int) gone[1], selector)).as("seed %d", SEED).isTrue();
      }
    }
    done.set(true);
    for (Thread t : readers) {
      t.join();
    }
    assertThat(failures).isEmpty();
  }

  private static long stable(int i) {
    return 66_800_000_000L + i * 9_973L;
  }
}
