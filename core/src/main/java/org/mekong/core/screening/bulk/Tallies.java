package org.mekong.core.screening.bulk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mekong.core.screening.bulk.BulkSummary.Tally;

/** Counts per reason with the first few line numbers; at most {@link #MAX_REASONS} reasons. */
final class Tallies {

  static final int MAX_REASONS = 50;
  static final String OTHER = "(other reasons)";

  private static final class Count {
    long count;
    final List<Long> lines = new ArrayList<>(Tally.KEPT);
  }

  private final Map<String, Count> counts = new HashMap<>();

  void add(String reason, long line) {
    add(reason, 1, List.of(line));
  }

  private void add(String reason, long count, List<Long> lines) {
    String key = counts.containsKey(reason) || counts.size() < MAX_REASONS ? reason : OTHER;
    Count c = counts.computeIfAbsent(key, k -> new Count());
    c.count += count;
    for (Long line : lines) {
      if (c.lines.size() < Tally.KEPT) {
        c.lines.add(line);
      }
    }
  }

  /** Adds {@code other}'s counts, its line numbers shifted by {@code lineBase}. */
  void addAll(Tallies other, long lineBase) {
    other.counts.forEach(
        (reason, c) ->
            add(reason, c.count, c.lines.stream().map(line -> line + lineBase).toList()));
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  SortedMap<String, Tally> snapshot() {
    SortedMap<String, Tally> result = new TreeMap<>();
    counts.forEach((reason, c) -> result.put(reason, new Tally(c.count, c.lines)));
    return result;
  }
}
