package org.mekong.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.mekong.core.names.AnalysedName;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;
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
 * Pairs of names compared per second, one thread: {@link NameComparator} on names analysed once (as
 * an index or a screening list holds them), the same from raw strings (analysis included), and the
 * baseline, a naive comparator (NFKD, marks removed, lower case, then 1 − Levenshtein distance ÷
 * the longer length), on the same seeded pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NameCompareBenchmark {

  /** Pairs in the sample. */
  public static final int SAMPLE_SIZE = 20_000;

  /** The sample's seed. */
  public static final long SEED = 20261206L;

  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  private NameSample.Pair[] pairs = new NameSample.Pair[0];
  private AnalysedName[] first = new AnalysedName[0];
  private AnalysedName[] second = new AnalysedName[0];

  /** Builds the sample and analyses its names once. */
  @Setup
  public void setUp() {
    pairs = NameSample.pairs(SEED, SAMPLE_SIZE);
    first = new AnalysedName[pairs.length];
    second = new AnalysedName[pairs.length];
    int matches = 0;
    for (int i = 0; i < pairs.length; i++) {
      Schema schema = Schema.of(pairs[i].schema()).orElseThrow();
      first[i] = NameComparator.analyse(schema, pairs[i].name1());
      second[i] = NameComparator.analyse(schema, pairs[i].name2());
      matches += NameComparator.compare(first[i], second[i]).match() ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "%nsample: %,d pairs, %,d matches%n", pairs.length, matches);
  }

  /** The comparator on names analysed once. */
  @Benchmark
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @OperationsPerInvocation(SAMPLE_SIZE)
  public int analysed() {
    int matches = 0;
    for (int i = 0; i < first.length; i++) {
      matches += NameComparator.compare(first[i], second[i]).match() ? 1 : 0;
    }
    return matches;
  }

  /** The comparator from raw strings: both names analysed for every pair. */
  @Benchmark
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  @OperationsPerInvocation(SAMPLE_SIZE)
  public int raw() {
    int matches = 0;
    for (NameSample.Pair p : pairs) {
      Schema schema = Schema.of(p.schema()).orElseThrow();
      matches += NameComparator.compare(schema, p.name1(), p.name2()).match() ? 1 : 0;
    }
    return matches;
  }

  /** The baseline: normalised Levenshtein similarity of the two strings. */
  @Benchmark
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  @OperationsPerInvocation(SAMPLE_SIZE)
  public int levenshteinBaseline() {
    int matches = 0;
    for (NameSample.Pair p : pairs) {
      matches += naive(p.name1(), p.name2()) >= 0.8 ? 1 : 0;
    }
    return matches;
  }

  static double naive(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    int longer = Math.max(x.length(), y.length());
    return longer == 0 ? 1.0 : 1.0 - LEVENSHTEIN.apply(x, y) / (double) longer;
  }

  private static String normalise(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  /** Runs the three and prints the medians and ratios; arguments are ignored. */
  public static void main(String[] args) throws RunnerException {
    Map<String, Double> medians = new TreeMap<>();
    for (RunResult result :
        new Runner(
                new OptionsBuilder()
                    .include(NameCompareBenchmark.class.getName())
                    .forks(1)
                    .jvmArgsAppend("-Xms1g", "-Xmx1g")
                    .threads(1)
                    .build())
            .run()) {
      String name = result.getParams().getBenchmark();
      medians.put(
          name.substring(name.lastIndexOf('.') + 1),
          result.getPrimaryResult().getStatistics().getPercentile(50));
    }
    double analysed = medians.getOrDefault("analysed", Double.NaN);
    double raw = medians.getOrDefault("raw", Double.NaN);
    double naive = medians.getOrDefault("levenshteinBaseline", Double.NaN);
    System.out.println();
    System.out.printf(Locale.ROOT, "Name comparison: %,d seeded pairs, one thread%n", SAMPLE_SIZE);
    print("NameComparator, analysed once", analysed);
    print("NameComparator, raw strings", raw);
    print("normalised Levenshtein", naive);
    System.out.printf(Locale.ROOT, "  ratio analysed / Levenshtein   %12.2fx%n", analysed / naive);
    System.out.printf(Locale.ROOT, "  ratio raw / Levenshtein        %12.2fx%n", raw / naive);
    System.out.printf(
        Locale.ROOT,
        "  target 200,000 pairs/s         %s%n",
        analysed >= 200_000 ? "met" : "NOT met");
    cpuTimeRates();
  }

  private static void print(String label, double rate) {
    System.out.printf(Locale.ROOT, "  %-30s %,12.0f pairs/s%n", label, rate);
  }

  /** Rates per second of the thread's CPU time, for a machine shared with other work. */
  private static void cpuTimeRates() {
    NameCompareBenchmark state = new NameCompareBenchmark();
    state.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] best = new double[3];
    for (int round = 0; round < 6; round++) {
      for (int which = 0; which < 3; which++) {
        long cpu = threads.getCurrentThreadCpuTime();
        int matches =
            switch (which) {
              case 0 -> state.analysed();
              case 1 -> state.raw();
              default -> state.levenshteinBaseline();
            };
        double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (matches < 0) {
          throw new IllegalStateException("unreachable");
        }
        best[which] = Math.max(best[which], SAMPLE_SIZE / seconds);
      }
    }
    System.out.println("Per second of the thread's CPU time (best of 6 passes, same JVM):");
    print("NameComparator, analysed once", best[0]);
    print("NameComparator, raw strings", best[1]);
    print("normalised Levenshtein", best[2]);
    System.out.printf(Locale.ROOT, "  ratio analysed / Levenshtein   %12.2fx%n", best[0] / best[2]);
  }
}
