package org.mekong.bench;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.mekong.core.screening.bulk.BulkFormat;
import org.mekong.core.screening.bulk.BulkHit;
import org.mekong.core.screening.bulk.BulkOptions;
import org.mekong.core.screening.bulk.BulkScreening;
import org.mekong.core.screening.bulk.BulkSummary;
import org.mekong.core.screening.bulk.HitSink;
import org.mekong.core.screening.bulk.ListFiles;
import org.mekong.core.screening.bulk.ListLoad;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * Bulk call-record screening: {@code generate DIR ROWS LISTED} writes a seeded watch list of LISTED
 * phone numbers (as a node's CSV export, {@code list.csv}, and as the digits for {@code grep -F},
 * {@code watchlist.txt}) and ROWS call records ({@code cdr.csv}) with numbers in mixed written
 * forms, about 0.1 % of rows with a listed number; {@code screen DIR} loads the list and runs the
 * engine on the records three times in this JVM, printing each pass and the median.
 */
public final class ScreenCdrBench {

  private static final List<String> REGIONS =
      List.of("TH", "TH", "TH", "CN", "CN", "MM", "KH", "LA", "VN", "PH", "MY", "SG");
  private static final String HEADER =
      "type,value,region,categories,confidence,tlp,handling,evaluation,valid_from,valid_until,"
          + "description\n";

  private static final int PASSES = 3;

  private ScreenCdrBench() {}

  /** Entry point: {@code generate DIR ROWS LISTED} or {@code screen DIR}. */
  public static void main(String[] args) throws IOException {
    if (args.length == 4 && args[0].equals("generate")) {
      generate(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
    } else if (args.length == 2 && args[0].equals("screen")) {
      screen(Path.of(args[1]));
    } else {
      System.err.println("usage: generate DIR ROWS LISTED | screen DIR");
      System.exit(2);
    }
  }

  private static void generate(Path dir, long rows, int listedCount) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(20261129);
    List<String> prefixes = prefixes();
    PhoneFastPath fast = PhoneFastPath.instance();
    Set<String> seen = new HashSet<>();
    List<String> listed = new ArrayList<>(listedCount);
    while (listed.size() < listedCount) {
      String number = number(random, prefixes);
      if (fast.e164Digits(number) == Long.parseLong(number) && seen.add(number)) {
        listed.add(number);
      }
    }
    try (Writer csv = writer(dir.resolve("list.csv"));
        Writer plain = writer(dir.resolve("watchlist.txt"))) {
      csv.write(HEADER);
      for (String number : listed) {
        csv.write("phone,+" + number + ",,fraud.impersonation.authority,80,amber,,B2,,,\n");
        plain.write(number);
        plain.write('\n');
      }
    }
    try (Writer cdr = writer(dir.resolve("cdr.csv"))) {
      cdr.write("a_number,b_number,imei,imsi,cell,start,duration\n");
      StringBuilder row = new StringBuilder(128);
      for (long r = 0; r < rows; r++) {
        row.setLength(0);
        row.append(written(random, pick(random, prefixes, listed, seen))).append(',');
        row.append(written(random, pick(random, prefixes, listed, seen))).append(',');
        row.append(imei(random)).append(',');
        row.append("520").append(digits(random, 12)).append(',');
        row.append("52001-")
            .append(random.nextInt(10_000))
            .append('-')
            .append(random.nextInt(100_000));
        row.append(",2026-11-28T08:")
            .append(10 + random.nextInt(50))
            .append(':')
            .append(10 + random.nextInt(50))
            .append("Z,")
            .append(random.nextInt(3600))
            .append('\n');
        cdr.append(row);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "generated %,d listed numbers and %,d call records in %s%n",
        listed.size(),
        rows,
        dir);
  }

  private static void screen(Path dir) throws IOException {
    long t0 = System.nanoTime();
    ListLoad load = ListFiles.load(dir.resolve("list.csv"));
    if (!(load instanceof ListLoad.Loaded loaded)) {
      throw new IllegalStateException(((ListLoad.Rejected) load).reason());
    }
    long t1 = System.nanoTime();
    System.out.printf(
        Locale.ROOT, "engine: list of %,d loaded in %.1f s%n", loaded.entries(), (t1 - t0) / 1e9);
    double[] seconds = new double[PASSES];
    for (int pass = 0; pass < PASSES; pass++) {
      long cpu1 = cpu();
      long start = System.nanoTime();
      long[] hits = new long[1];
      HitSink counting =
          new HitSink() {
            @Override
            public void write(BulkHit hit) {
              hits[0]++;
            }

            @Override
            public void finish() {}
          };
      BulkSummary summary;
      try (InputStream in = Files.newInputStream(dir.resolve("cdr.csv"))) {
        summary =
            BulkScreening.run(
                in,
                BulkOptions.of(BulkFormat.CDR, "TH", null),
                loaded.matcher(),
                counting,
                n -> {});
      }
      seconds[pass] = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (cpu() - cpu1) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "engine: pass %d: %,d rows screened in %.2f s: %,.0f rows/s (%,.0f rows per CPU"
              + " second), %,d rows with hits, %,d hits, %,d invalid fields, %d workers%n",
          pass + 1,
          summary.rows(),
          seconds[pass],
          summary.rows() / seconds[pass],
          summary.rows() / cpuSeconds,
          summary.rowsWithHits(),
          hits[0],
          summary.invalidFields(),
          Runtime.getRuntime().availableProcessors());
    }
    java.util.Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "engine: median of %d passes: screened in %.2f s%n",
        PASSES,
        seconds[PASSES / 2]);
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /**
   * International digits, one in 2,000 of them listed, 2 % junk, the rest valid unlisted numbers
   * (the first of up to nine random tails that is valid and not listed).
   */
  private static String pick(
      Random random, List<String> prefixes, List<String> listed, Set<String> isListed) {
    if (random.nextInt(2_000) == 0) {
      return listed.get(random.nextInt(listed.size()));
    }
    if (random.nextInt(50) == 0) {
      return digits(random, 6 + random.nextInt(10));
    }
    String number = number(random, prefixes);
    for (int i = 0;
        i < 8 && (isListed.contains(number) || PhoneFastPath.instance().e164Digits(number) < 0);
        i++) {
      number = number(random, prefixes);
    }
    return number;
  }

  /** International digits as operators write them: bare, +, 00 or national for Thailand. */
  private static String written(Random random, String digits) {
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3 -> digits;
      case 4, 5 -> "+" + digits;
      case 6, 7 -> "00" + digits;
      default -> digits.startsWith("66") ? "0" + digits.substring(2) : digits;
    };
  }

  private static String number(Random random, List<String> prefixes) {
    String example = prefixes.get(random.nextInt(prefixes.size()));
    int keep =
        example.startsWith("66")
                || example.startsWith("86")
                || example.startsWith("95")
                || example.startsWith("84")
                || example.startsWith("63")
                || example.startsWith("60")
                || example.startsWith("65")
            ? 3
            : 4;
    return example.substring(0, keep) + digits(random, example.length() - keep);
  }

  private static List<String> prefixes() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> examples = new ArrayList<>();
    for (String region : REGIONS) {
      PhoneNumber example = util.getExampleNumberForType(region, PhoneNumberType.MOBILE);
      examples.add(util.format(example, PhoneNumberFormat.E164).substring(1));
    }
    return examples;
  }

  private static String imei(Random random) {
    String body = "35" + digits(random, 12);
    int sum = 0;
    for (int k = 0; k < 14; k++) {
      int d = body.charAt(13 - k) - '0';
      if (k % 2 == 0) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return body + (10 - sum % 10) % 10;
  }

  private static String digits(Random random, int length) {
    char[] s = new char[length];
    for (int i = 0; i < length; i++) {
      s[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(s);
  }

  private static Writer writer(Path file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20);
  }
}
