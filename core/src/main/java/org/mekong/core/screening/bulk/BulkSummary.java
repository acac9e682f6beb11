package org.mekong.core.screening.bulk;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a bulk screening run read and found.
 *
 * @param bytes bytes read
 * @param lines physical lines read, header and blank lines included
 * @param rows data rows read (malformed ones included; header and blank lines not)
 * @param rowsWithHits rows with at least one hit
 * @param hits hits written
 * @param malformed malformed rows by reason
 * @param invalid fields that are no valid selector, by field role and reason
 * @param elapsed wall-clock time of the run
 */
public record BulkSummary(
    long bytes,
    long lines,
    long rows,
    long rowsWithHits,
    long hits,
    SortedMap<String, Tally> malformed,
    SortedMap<String, Tally> invalid,
    Duration elapsed) {

  /** How many lines have a reason, and the first few of their line numbers. */
  public record Tally(long count, List<Long> firstLines) {

    /** How many line numbers a tally keeps. */
    public static final int KEPT = 5;

    public Tally {
      firstLines = List.copyOf(firstLines);
      if (count < firstLines.size() || firstLines.size() > KEPT) {
        throw new IllegalArgumentException("a tally keeps at most " + KEPT + " of its lines");
      }
    }
  }

  public BulkSummary {
    malformed = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(malformed));
    invalid = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(invalid));
  }

  /** The number of malformed rows. */
  public long malformedRows() {
    return malformed.values().stream().mapToLong(Tally::count).sum();
  }

  /** The number of invalid fields. */
  public long invalidFields() {
    return invalid.values().stream().mapToLong(Tally::count).sum();
  }

  /** Rows per second of wall-clock time. */
  public double rowsPerSecond() {
    double seconds = Math.max(elapsed.toNanos(), 1) / 1e9;
    return rows / seconds;
  }

  /** A few lines for people: counts, then each reason with its count and first line numbers. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "screened %,d rows (%,d bytes) in %.1f s (%,.0f rows/s): %,d rows with hits, %,d hits%n",
            rows,
            bytes,
            elapsed.toNanos() / 1e9,
            rowsPerSecond(),
            rowsWithHits,
            hits));
    section(out, "malformed rows", malformedRows(), malformed);
    section(out, "invalid fields", invalidFields(), invalid);
    return out.toString();
  }

  private static void section(
      StringBuilder out, String title, long total, Map<String, Tally> tallies) {
    out.append(String.format(Locale.ROOT, "%s: %,d%n", title, total));
    tallies.forEach(
        (reason, tally) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "  %,d  %s (line%s %s%s)%n",
                    tally.count(),
                    reason,
                    tally.firstLines().size() == 1 ? "" : "s",
                    tally.firstLines().stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", ")),
                    tally.count() > tally.firstLines().size() ? ", ..." : "")));
  }
}
