package org.mekong.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.mekong.core.synthetic.SyntheticTraffic;
import org.mekong.core.synthetic.SyntheticWorld;
import org.mekong.core.synthetic.TrafficTruth;

/**
 * Writes a day of synthetic traffic for screening into {@code DATA/traffic}: the Thai operator's
 * call records, the demo bank's transfers and web visits of the day before the world's anchor, with
 * the planted cases of the world's seed mixed in, and {@code expected-DAY.csv}, what screening them
 * must find. Files already there are kept: the same seed gives the same bytes.
 */
public final class DemoTraffic {

  /** The directory inside the data directory. */
  public static final String DIRECTORY = "traffic";

  /** Call records written. */
  public static final int CALLS = 200_000;

  /** Transfers written. */
  public static final int TRANSFERS = 50_000;

  /** Web visits written. */
  public static final int WEB_VISITS = 20_000;

  /** Where the files are, and whether they were written now. */
  public record Written(Path directory, LocalDate day, List<Path> files, boolean writtenNow) {}

  private interface Generator {
    TrafficTruth write(long seed, LocalDate day, int rows, Appendable out) throws IOException;
  }

  private DemoTraffic() {}

  /** The day of traffic: the day before the world's anchor, in Thai time. */
  public static LocalDate day() {
    return LocalDate.ofInstant(SyntheticWorld.DEFAULT_ANCHOR, ZoneOffset.ofHours(7)).minusDays(1);
  }

  /** Writes the files of {@code seed} under {@code dataDir/traffic} unless they are all there. */
  public static Written write(Path dataDir, long seed) {
    LocalDate day = day();
    Path directory = dataDir.resolve(DIRECTORY);
    Path calls = directory.resolve("calls-" + day + ".csv");
    Path transfers = directory.resolve("transfers-" + day + ".csv");
    Path web = directory.resolve("web-" + day + ".csv");
    Path expected = directory.resolve("expected-" + day + ".csv");
    List<Path> files = List.of(calls, transfers, web, expected);
    if (files.stream().allMatch(Files::isRegularFile)) {
      return new Written(directory, day, files, false);
    }
    try {
      Files.createDirectories(directory);
      List<String> lines = new ArrayList<>();
      lines.add("file,selector_type,selector,hits,counterparties");
      expect(lines, calls, write(calls, SyntheticTraffic::callRecords, seed, day, CALLS));
      expect(lines, transfers, write(transfers, SyntheticTraffic::transfers, seed, day, TRANSFERS));
      expect(lines, web, write(web, SyntheticTraffic::webVisits, seed, day, WEB_VISITS));
      Path temporary = expected.resolveSibling(expected.getFileName() + ".tmp");
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(
          temporary, expected, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the demo traffic in " + directory, e);
    }
    return new Written(directory, day, files, true);
  }

  private static TrafficTruth write(
      Path file, Generator generator, long seed, LocalDate day, int rows) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    TrafficTruth truth;
    try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      truth = generator.write(seed, day, rows, out);
    }
    Files.move(
        temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return truth;
  }

  private static void expect(List<String> lines, Path file, TrafficTruth truth) {
    for (TrafficTruth.Planted planted : truth.planted()) {
      lines.add(
          file.getFileName()
              + ","
              + planted.selector().type().code()
              + ","
              + planted.selector().canonical()
              + ","
              + planted.hits()
              + ","
              + planted.counterparties());
    }
  }
}
