package org.mekong.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs the phone fast-path benchmark and prints the median throughputs and their ratio. */
public final class BenchMain {

  private BenchMain() {}

  /** Entry point; no arguments. */
  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(PhoneFastPathBenchmark.class.getName())
            .forks(1)
            .jvmArgsAppend("-Xms2g", "-Xmx2g")
            .threads(1)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> medians = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      medians.put(
          name.substring(name.lastIndexOf('.') + 1),
          result.getPrimaryResult().getStatistics().getPercentile(50));
    }
    double fast = medians.getOrDefault("fastPath", Double.NaN);
    double reference = medians.getOrDefault("libphonenumber", Double.NaN);
    double parseFormat = medians.getOrDefault("libphonenumberParseFormatOnly", Double.NaN);
    System.out.println();
    System.out.println("Selectors: phone fast path (median throughput, one thread)");
    System.out.printf(
        Locale.ROOT, "  fast path                                 %,15.0f numbers/s%n", fast);
    System.out.printf(
        Locale.ROOT, "  libphonenumber parse+isValid+format(E164) %,15.0f numbers/s%n", reference);
    System.out.printf(
        Locale.ROOT,
        "  libphonenumber parse+format(E164) only    %,15.0f numbers/s%n",
        parseFormat);
    System.out.printf(
        Locale.ROOT, "  ratio fast path / parse+isValid+format    %15.1fx%n", fast / reference);
    System.out.printf(
        Locale.ROOT, "  ratio fast path / parse+format only       %15.1fx%n", fast / parseFormat);
  }
}
