package org.mekong.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.mekong.core.screening.ScreeningIndex;
import org.mekong.core.selector.SelectorType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Phone lookups per second on a 10-million-phone screening index against a {@code HashSet} of the
 * canonical E.164 strings queried with freshly built strings, as normalisation produces them; the
 * probes are random and half of them hit. {@link #main} also prints the index's bytes per phone.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScreeningIndexBenchmark {

  /** Phones in the index. */
  public static final int PHONES = 10_000_000;

  /** Probes per invocation, half of them listed. */
  public static final int PROBES = 1 << 20;

  /** The seed of the phones and probes, fixed so that every run measures the same ones. */
  public static final long SEED = 20261129L;

  /** The listed phone {@code i}: distinct Thai mobile numbers (a step coprime to 4e8). */
  static long listed(int i) {
    return 66_600_000_000L + (i * 7_919L) % 400_000_000L;
  }

  /** The probes: half listed phones, half unlisted ones of the same shape. */
  static long[] probes() {
    SplittableRandom random = new SplittableRandom(SEED);
    long[] probes = new long[PROBES];
    for (int i = 0; i < PROBES; i++) {
      // listed(i) for i < 4e8 are distinct; those with i >= PHONES are not in the index
      probes[i] =
          random.nextBoolean()
              ? listed(random.nextInt(PHONES))
              : listed(PHONES + random.nextInt(400_000_000 - PHONES));
    }
    return probes;
  }

  static ScreeningIndex index() {
    ScreeningIndex index = ScreeningIndex.create(Map.of(SelectorType.PHONE, PHONES));
    for (int i = 0; i < PHONES; i++) {
      index.addPhone(i, listed(i));
    }
    return index;
  }

  /** The index and the probes. */
  @State(Scope.Benchmark)
  public static class IndexState {
    ScreeningIndex index = ScreeningIndex.create();
    long[] probes = new long[0];

    /** Builds the index. */
    @Setup
    public void setUp() {
      index = index();
      probes = probes();
    }
  }

  /** The baseline set and the probes. */
  @State(Scope.Benchmark)
  public static class SetState {
    Set<String> set = new HashSet<>();
    long[] probes = new long[0];

    /** Builds the set. */
    @Setup
    public void setUp() {
      set = new HashSet<>(PHONES * 2);
      for (int i = 0; i < PHONES; i++) {
        set.add("+" + listed(i));
      }
      probes = probes();
    }
  }

  /** The index's allocation-free phone path. */
  @Benchmark
  @OperationsPerInvocation(PROBES)
  public int index(IndexState state) {
    int hits = 0;
    for (long probe : state.probes) {
      hits += state.index.hitsPhone(probe) ? 1 : 0;
    }
    return hits;
  }

  /** The index's batched phone path: 1,024 probes a call, their memory accesses overlapped. */
  @Benchmark
  @OperationsPerInvocation(PROBES)
  public int indexBatched(IndexState state) {
    boolean[] hits = new boolean[1024];
    int total = 0;
    for (int from = 0; from < PROBES; from += 1024) {
      state.index.hitsPhones(state.probes, from, from + 1024, hits);
      for (boolean hit : hits) {
        total += hit ? 1 : 0;
      }
    }
    return total;
  }

  /** A hash set of canonical strings, each probe a fresh string. */
  @Benchmark
  @OperationsPerInvocation(PROBES)
  public int hashSet(SetState state) {
    int hits = 0;
    for (long probe : state.probes) {
      hits += state.set.contains("+" + probe) ? 1 : 0;
    }
    return hits;
  }

  /** Runs both and prints the medians, their ratio and the bytes per phone; no arguments. */
  public static void main(String[] args) throws RunnerException {
    Runtime runtime = Runtime.getRuntime();
    long before = usedHeap(runtime);
    ScreeningIndex index = index();
    long after = usedHeap(runtime);
    double arrays = (double) index.tableBytes() / PHONES;
    double heap = (double) (after - before) / PHONES;
    if (index.size() != PHONES) {
      throw new IllegalStateException("index holds " + index.size() + " phones");
    }
    index = ScreeningIndex.create();
    Map<String, Double> medians = new TreeMap<>();
    for (RunResult result :
        new Runner(
                new OptionsBuilder()
                    .include(ScreeningIndexBenchmark.class.getName())
                    .forks(1)
                    .jvmArgsAppend("-Xms6g", "-Xmx6g", "-XX:+UseTransparentHugePages")
                    .threads(1)
                    .build())
            .run()) {
      String name = result.getParams().getBenchmark();
      medians.put(
          name.substring(name.lastIndexOf('.') + 1),
          result.getPrimaryResult().getStatistics().getPercentile(50));
    }
    double fast = medians.getOrDefault("index", Double.NaN);
    double batched = medians.getOrDefault("indexBatched", Double.NaN);
    double baseline = medians.getOrDefault("hashSet", Double.NaN);
    System.out.println();
    System.out.printf(
        Locale.ROOT, "Screening index: %,d phones, random probes, half hits%n", PHONES);
    System.out.printf(Locale.ROOT, "  table arrays        %15.1f bytes/phone%n", arrays);
    System.out.printf(Locale.ROOT, "  heap (measured)     %15.1f bytes/phone%n", heap);
    System.out.printf(Locale.ROOT, "  index lookups       %,15.0f /s (one thread)%n", fast);
    System.out.printf(Locale.ROOT, "  HashSet<String>     %,15.0f /s (fresh strings)%n", baseline);
    System.out.printf(Locale.ROOT, "  index, batched      %,15.0f /s (one thread)%n", batched);
    System.out.printf(Locale.ROOT, "  ratio index / set   %15.1fx%n", fast / baseline);
    System.out.printf(Locale.ROOT, "  ratio batched / set %15.1fx%n", batched / baseline);
  }

  private static long usedHeap(Runtime runtime) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
