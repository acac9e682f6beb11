package org.mekong.core.screening.bulk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.screening.Hit;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.ScreeningIndex;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/**
 * A {@link BulkMatcher} over the listed lines of an export held as bytes: the index holds each
 * entry's key and its number; a hit reads its line again for the entry (the same entry a {@link
 * WatchListMatcher} over that file holds). A million entries are then a few arrays, not millions of
 * objects that the collector copies while the list loads.
 */
final class ListedLines implements BulkMatcher {

  private final ExportRows rows;
  private final byte[] bytes;
  private final int[] starts;
  private final int[] lines;
  private final ScreeningIndex index;

  private ListedLines(
      ExportRows rows, byte[] bytes, int[] starts, int[] lines, ScreeningIndex index) {
    this.rows = rows;
    this.bytes = bytes;
    this.starts = starts;
    this.lines = lines;
    this.index = index;
  }

  /**
   * The list of these chunks, in file order; null when its ids need the {@link
   * org.mekong.core.screening.WatchList}'s rule that a later row of an indicator replaces an
   * earlier one (some rows give an id and some do not, or two ids may be the same).
   */
  static ListLoad.@Nullable Loaded load(ExportRows rows, byte[] bytes, List<Lines> chunks) {
    int listed = 0;
    int withId = 0;
    Map<SelectorType, Integer> counts = new EnumMap<>(SelectorType.class);
    for (Lines chunk : chunks) {
      listed += chunk.listed;
      withId += chunk.withId;
      for (int i = 0; i < chunk.listed; i++) {
        Selector other = chunk.others[i];
        counts.merge(other == null ? SelectorType.PHONE : other.type(), 1, Integer::sum);
      }
    }
    if (withId > 0 && (withId < listed || mayRepeat(chunks, listed))) {
      return null;
    }
    ScreeningIndex index = ScreeningIndex.create(counts);
    int[] starts = new int[listed];
    int[] lines = new int[listed];
    int entry = 0;
    long base = 1; // the header is record 1
    Tallies skipped = new Tallies();
    for (Lines chunk : chunks) {
      int phones = 0; // the start of the run of phones not indexed yet, in file order
      for (int i = 0; i < chunk.listed; i++, entry++) {
        Selector other = chunk.others[i];
        if (other != null) {
          index.addPhones(entry - (i - phones), chunk.phones, phones, i);
          index.add(entry, other);
          phones = i + 1;
        }
        starts[entry] = chunk.starts[i];
        lines[entry] = Math.toIntExact(base + chunk.lines[i]);
      }
      index.addPhones(entry - (chunk.listed - phones), chunk.phones, phones, chunk.listed);
      for (ExportRows.Row skip : chunk.skips) {
        skipped.add(String.valueOf(skip.skipped()), base + skip.line());
      }
      base += chunk.records;
    }
    return new ListLoad.Loaded(
        new ListedLines(rows, bytes, starts, lines, index), listed, skipped.snapshot());
  }

  /** Whether two ids may be the same: two share their high 64 bits. */
  private static boolean mayRepeat(List<Lines> chunks, int listed) {
    long[] highs = new long[listed];
    int n = 0;
    for (Lines chunk : chunks) {
      System.arraycopy(chunk.idHighs, 0, highs, n, chunk.listed);
      n += chunk.listed;
    }
    Arrays.parallelSort(highs);
    for (int i = 1; i < highs.length; i++) {
      if (highs[i] == highs[i - 1]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<BulkMatch> match(Selector selector) {
    List<Hit> hits = index.screen(selector);
    if (hits.isEmpty()) {
      return List.of();
    }
    List<BulkMatch> matches = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      int e = hit.entry();
      var entry = ExportBytes.entry(rows, bytes, starts[e], lines[e]);
      matches.add(BulkMatch.of(new ScreeningHit(entry, hit.kind(), hit.matched())));
    }
    return List.copyOf(matches);
  }

  @Override
  public boolean mayHitPhone(long e164Digits) {
    return index.hitsPhone(e164Digits);
  }

  @Override
  public void mayHitPhones(long[] e164Digits, int count, boolean[] hits) {
    index.hitsPhones(e164Digits, 0, count, hits);
  }

  @Override
  public boolean mayHitImei(long body) {
    return index.hitsImei(body);
  }

  @Override
  public boolean mayHitImsi(long imsi) {
    return index.hitsImsi(imsi);
  }
}
