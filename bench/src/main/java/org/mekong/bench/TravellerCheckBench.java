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
import org.mekong.core.border.check.IndexedMatch;
import org.mekong.core.border.check.ListedProfile;
import org.mekong.core.border.check.Strength;
import org.mekong.core.border.check.Traveller;
import org.mekong.core.border.check.TravellerIndex;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.synthetic.SyntheticNames;
import org.mekong.core.synthetic.SyntheticTravellers;

/**
 * Traveller checks against 1,000,000 listed persons (synthetic, seeded: Chinese, Thai, Burmese,
 * Vietnamese and Western names, birth dates, nationalities, passports), in process: the candidate
 * lookup and the comparator of {@link TravellerIndex#match}, as a node runs them for a border
 * check, on the given threads: p50/p99 latency, checks per second, CPU time a check. The baseline,
 * in the same run, is {@link TravellerIndex#scan}: every listed person decided with the same
 * comparator, no index, over the whole list; it also gives the recall of the index.
 *
 * <p>Arguments: {@code listed checks threads linearChecks}; defaults 1,000,000 2,000 2 5.
 */
public final class TravellerCheckBench {

  private static final long SEED = 15L;

  private TravellerCheckBench() {}

  public static void main(String[] args) throws Exception {
    int listed = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int checks = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int linearChecks = args.length > 3 ? Integer.parseInt(args[3]) : 5;

    long start = System.nanoTime();
    List<ListedProfile> profiles = new ArrayList<>(listed);
    for (int i = 0; i < listed; i++) {
      profiles.add(SyntheticTravellers.profile(SEED, i));
    }
    double generateSeconds = (System.nanoTime() - start) / 1e9;
    long heapBefore = usedHeap();
    start = System.nanoTime();
    TravellerIndex index = TravellerIndex.of(profiles);
    double buildSeconds = (System.nanoTime() - start) / 1e9;
    long heapAfter = usedHeap();

    SplittableRandom random = new SplittableRandom(SEED);
    Traveller[] workload = new Traveller[checks];
    int[] targets = new int[checks];
    for (int q = 0; q < checks; q++) {
      targets[q] = -1;
      if (q % 2 == 1) {
        workload[q] = stranger(q, random); // most travellers are listed nowhere
      } else {
        targets[q] = random.nextInt(listed);
        workload[q] = like(index.profile(targets[q]), q % 8 == 0, random);
      }
    }
    for (int q = 0; q < checks / 10; q++) {
      index.match(workload[q], n -> true); // warm-up on a tenth of the workload
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] latencies = new long[checks];
    long[] cpuTimes = new long[checks];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger hits = new AtomicInteger();
    AtomicInteger targetsFound = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long wallStart = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      running.add(
          pool.submit(
              () -> {
                for (int q = next.getAndIncrement(); q < checks; q = next.getAndIncrement()) {
                  long c0 = cpu.getCurrentThreadCpuTime();
                  long t0 = System.nanoTime();
                  List<IndexedMatch> found = index.match(workload[q], n -> true);
                  latencies[q] = System.nanoTime() - t0;
                  cpuTimes[q] = cpu.getCurrentThreadCpuTime() - c0;
                  if (!found.isEmpty()) {
                    hits.incrementAndGet();
                  }
                  int target = targets[q];
                  if (target >= 0 && found.stream().anyMatch(m -> m.number() == target)) {
                    targetsFound.incrementAndGet();
                  }
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

    // the baseline: every listed person decided with the same comparator, on one thread
    int agreeing = 0;
    int scannedMatches = 0;
    int scannedPossible = 0;
    int keptPossible = 0;
    long linearStart = System.nanoTime();
    long[] linearLatencies = new long[linearChecks];
    for (int q = 0; q < linearChecks; q++) {
      long t0 = System.nanoTime();
      List<IndexedMatch> scanned = index.scan(workload[2 * q], n -> true);
      linearLatencies[q] = System.nanoTime() - t0;
      List<Integer> indexed =
          index.match(workload[2 * q], n -> true).stream().map(IndexedMatch::number).toList();
      for (IndexedMatch m : scanned) {
        boolean sure = m.match().strength() != Strength.POSSIBLE;
        boolean kept = indexed.contains(m.number());
        scannedMatches += sure ? 1 : 0;
        agreeing += sure && kept ? 1 : 0;
        scannedPossible += sure ? 0 : 1;
        keptPossible += !sure && kept ? 1 : 0;
      }
    }
    double linearPerCheck = (System.nanoTime() - linearStart) / 1e9 / Math.max(1, linearChecks);
    double meanIndexed = Arrays.stream(latencies).average().orElse(0) / 1e9;
    double meanCpu = Arrays.stream(cpuTimes).average().orElse(0) / 1e9;
    int listedChecks = (checks + 1) / 2;

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Traveller checks against %,d listed persons (%,d names), %d threads, %d cores%n",
        listed,
        profiles.stream().mapToInt(p -> p.names().size()).sum(),
        threads,
        Runtime.getRuntime().availableProcessors());
    System.out.printf(
        Locale.ROOT,
        "  generate / index build      %.1f / %.1f s%n",
        generateSeconds,
        buildSeconds);
    System.out.printf(
        Locale.ROOT,
        "  heap added by the index     %.1f bytes/person%n",
        (double) (heapAfter - heapBefore) / listed);
    System.out.printf(
        Locale.ROOT,
        "  checks                      %,d (%,d of listed persons written another way), %,d with a hit, %,d found the person%n",
        checks,
        listedChecks,
        hits.get(),
        targetsFound.get());
    System.out.printf(
        Locale.ROOT,
        "  p50 / p99                   %.2f / %.2f ms%n",
        latencies[checks / 2] / 1e6,
        latencies[(int) (checks * 0.99)] / 1e6);
    System.out.printf(Locale.ROOT, "  throughput                  %.0f checks/s%n", checks / wall);
    System.out.printf(
        Locale.ROOT,
        "  CPU a check p50 / p99       %.2f / %.2f ms (mean %.2f ms); %.0f checks/s on %d cores by CPU time%n",
        cpuTimes[checks / 2] / 1e6,
        cpuTimes[(int) (checks * 0.99)] / 1e6,
        meanCpu * 1e3,
        threads / meanCpu,
        threads);
    System.out.printf(
        Locale.ROOT,
        "  linear scan (baseline)      %.3f s a check (%d checks over all %,d, p50 %.3f s)%n",
        linearPerCheck,
        linearChecks,
        listed,
        median(linearLatencies) / 1e9);
    System.out.printf(
        Locale.ROOT,
        "  recall against the scan     %d of %d certain or strong matches the scan found; %d of %d possible ones (at most %d by name per index searched)%n",
        agreeing,
        scannedMatches,
        keptPossible,
        scannedPossible,
        TravellerIndex.NAME_CANDIDATES);
    System.out.printf(
        Locale.ROOT,
        "  ratio linear / index        %.0fx (mean latency)%n",
        linearPerCheck / meanIndexed);
  }

  /** A traveller as a listed person's passport or an officer would write them. */
  private static Traveller like(
      ListedProfile listed, boolean withDocument, SplittableRandom random) {
    String name = listed.names().get(random.nextInt(listed.names().size()));
    if (random.nextBoolean()) {
      name = SyntheticNames.variant(name, random);
    }
    PartialDate born =
        listed.birthDates().isEmpty()
            ? new PartialDate(
                1950 + random.nextInt(56), 1 + random.nextInt(12), 1 + random.nextInt(28))
            : listed.birthDates().getFirst();
    if (!born.complete()) {
      born = new PartialDate(born.year(), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
    String state = listed.nationalities().getFirst();
    TravelDocument document =
        withDocument && !listed.documents().isEmpty() ? listed.documents().getFirst() : null;
    return new Traveller(name, "", born, state, document);
  }

  /** A traveller listed nowhere: a name of another seeded world, a full birth date, a passport. */
  private static Traveller stranger(int q, SplittableRandom random) {
    ListedProfile other = SyntheticTravellers.profile(SEED + 1, q);
    PartialDate born =
        new PartialDate(1950 + random.nextInt(56), 1 + random.nextInt(12), 1 + random.nextInt(28));
    String state = other.nationalities().getFirst();
    return new Traveller(
        other.names().getFirst(),
        "",
        born,
        state,
        new TravelDocument(state, "Z" + (10_000_000 + q)));
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
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
