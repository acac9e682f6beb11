package org.mekong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.mekong.core.names.index.NameEntry;
import org.mekong.core.names.index.NameIndex;
import org.mekong.core.synthetic.SyntheticNames;

/**
 * Screens names against an index of synthetic names (Han, Thai, Vietnamese, Burmese, Western,
 * companies; seeded): p50/p99 latency and queries per second on the given threads, the index's
 * bytes per name (its arrays, and the heap it added), and a linear scan with the same comparator as
 * the baseline, over a slice of the names and extrapolated to all of them (printed as such).
 *
 * <p>Arguments: {@code names queries threads sliceForLinear}; defaults 1,000,000 2,000 2 20,000.
 */
public final class NameIndexBench {

  private static final long SEED = 13L;

  private NameIndexBench() {}

  public static void main(String[] args) throws Exception {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int slice = args.length > 3 ? Integer.parseInt(args[3]) : 20_000;

    List<NameEntry> entries = new ArrayList<>(names);
    for (int e = 0; entries.size() < names; e++) {
      SyntheticNames.Entity entity = SyntheticNames.entity(SEED, e);
      for (String name : entity.names()) {
        if (entries.size() < names) {
          entries.add(new NameEntry(e, entity.schema(), name));
        }
      }
    }
    long heapBefore = usedHeap();
    long start = System.nanoTime();
    NameIndex index = NameIndex.of(entries);
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    long heapAfter = usedHeap();

    SplittableRandom random = new SplittableRandom(SEED);
    List<NameEntry> workload = new ArrayList<>(queries);
    for (int q = 0; q < queries; q++) {
      if (q % 4 == 3) {
        SyntheticNames.Entity stranger = SyntheticNames.entity(SEED + 1, q);
        workload.add(new NameEntry(0, stranger.schema(), stranger.names().getFirst()));
      } else {
        NameEntry target = entries.get(random.nextInt(entries.size()));
        String name = q % 3 == 0 ? target.name() : SyntheticNames.variant(target.name(), random);
        workload.add(new NameEntry(0, target.schema(), name));
      }
    }
    long heapBeforeQueries = usedHeap();
    // warm-up on a tenth of the workload
    for (int q = 0; q < queries / 10; q++) {
      search(index, workload.get(q));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] latencies = new long[queries];
    long[] cpuTimes = new long[queries];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger matches = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long wallStart = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                for (int q = next.getAndIncrement(); q < queries; q = next.getAndIncrement()) {
                  long c0 = cpu.getCurrentThreadCpuTime();
                  long t0 = System.nanoTime();
                  if (search(index, workload.get(q))) {
                    matches.incrementAndGet();
                  }
                  latencies[q] = System.nanoTime() - t0;
                  cpuTimes[q] = cpu.getCurrentThreadCpuTime() - c0;
                }
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double wall = (System.nanoTime() - wallStart) / 1e9;
    pool.shutdown();
    Arrays.sort(latencies);
    Arrays.sort(cpuTimes);
    NameIndex.CacheStatistics cache = NameIndex.analysisCache();
    long heapAfterQueries = usedHeap();

    // the baseline: every name of a slice compared, extrapolated to the whole index
    NameIndex sliceIndex = NameIndex.of(entries.subList(0, Math.min(slice, entries.size())));
    int linearQueries = 5;
    long linearStart = System.nanoTime();
    for (int q = 0; q < linearQueries; q++) {
      NameEntry query = workload.get(q);
      sliceIndex.scan(query.schema(), query.name(), 10, e -> true);
    }
    double linearPerQuery =
        (System.nanoTime() - linearStart)
            / 1e9
            / linearQueries
            * entries.size()
            / sliceIndex.names();
    double meanIndexed = Arrays.stream(latencies).average().orElse(0) / 1e9;

    System.out.println();
    System.out.printf(Locale.ROOT, "Names: screening against %,d indexed names%n", entries.size());
    System.out.printf(Locale.ROOT, "  index build                 %10.1f s%n", buildSeconds);
    System.out.printf(
        Locale.ROOT,
        "  index arrays                %10.1f bytes/name%n",
        (double) index.bytes() / entries.size());
    System.out.printf(
        Locale.ROOT,
        "  heap added by the index     %10.1f bytes/name%n",
        (double) (heapAfter - heapBefore) / entries.size());
    System.out.printf(
        Locale.ROOT,
        "  queries                     %,10d on %d threads, %d with a match%n",
        queries,
        threads,
        matches.get());
    System.out.printf(
        Locale.ROOT,
        "  p50 / p99                   %10.2f / %.2f ms%n",
        latencies[queries / 2] / 1e6,
        latencies[(int) (queries * 0.99)] / 1e6);
    System.out.printf(
        Locale.ROOT, "  throughput                  %10.0f queries/s%n", queries / wall);
    double meanCpu = Arrays.stream(cpuTimes).average().orElse(0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "  CPU per query p50 / p99     %10.2f / %.2f ms (mean %.2f ms)%n",
        cpuTimes[queries / 2] / 1e6,
        cpuTimes[(int) (queries * 0.99)] / 1e6,
        meanCpu * 1e3);
    System.out.printf(
        Locale.ROOT,
        "  by CPU time, %d cores        %10.0f queries/s (if the cores were ours alone)%n",
        threads,
        threads / meanCpu);
    System.out.printf(
        Locale.ROOT,
        "  analysis cache              %,10d names, %.0f %% hits, heap %.1f MB (grown since before the warm-up, besides the index)%n",
        cache.entries(),
        100.0 * cache.hits() / Math.max(1, cache.hits() + cache.misses()),
        (heapAfterQueries - heapBeforeQueries) / 1e6);
    System.out.printf(
        Locale.ROOT,
        "  linear scan (baseline)      %10.2f s/query (%,d names scanned, extrapolated)%n",
        linearPerQuery,
        sliceIndex.names());
    System.out.printf(
        Locale.ROOT,
        "  ratio linear / index        %10.0fx (mean latency)%n",
        linearPerQuery / meanIndexed);
  }

  private static boolean search(NameIndex index, NameEntry query) {
    return index.search(query.schema(), query.name(), 10, e -> true).stream()
        .anyMatch(c -> c.comparison().match());
  }

  private static long usedHeap() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
