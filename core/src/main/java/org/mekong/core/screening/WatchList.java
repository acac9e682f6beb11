package org.mekong.core.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/**
 * The screening watch list of one client: the indicators it may see, compiled into a {@link
 * ScreeningIndex}, each hit explained by its {@link ScreeningEntry}.
 *
 * <p>One writer ({@link #put} and {@link #remove} are serialised) and any number of readers. Entry
 * ids are never reused, so a reader racing a removal finds the entry gone rather than another entry
 * in its place; a changed selector gets a new entry id for the same reason.
 */
public final class WatchList {

  private final ScreeningIndex index;
  private final Map<Integer, ScreeningEntry> entries;
  private final Map<IndicatorId, Integer> ids;
  private int nextId;

  private WatchList(ScreeningIndex index, int expected) {
    this.index = index;
    // sized for what is coming: a million entries would otherwise rehash both maps 20 times
    this.entries = new ConcurrentHashMap<>(Math.max(16, expected));
    this.ids = HashMap.newHashMap(expected);
  }

  /** An empty watch list. */
  public static WatchList create() {
    return new WatchList(ScreeningIndex.create(), 0);
  }

  /**
   * A watch list of these entries (a later entry of the same indicator replaces an earlier one).
   */
  public static WatchList of(Collection<ScreeningEntry> entries) {
    Map<SelectorType, Integer> counts = new EnumMap<>(SelectorType.class);
    entries.forEach(e -> counts.merge(e.selector().type(), 1, Integer::sum));
    WatchList list = new WatchList(ScreeningIndex.create(counts), entries.size());
    entries.forEach(list::put);
    return list;
  }

  /** Adds a new indicator or replaces the visible version of one already listed. */
  public synchronized void put(ScreeningEntry entry) {
    Integer existing = ids.get(entry.indicator());
    if (existing != null) {
      ScreeningEntry old = entries.get(existing);
      if (old != null && old.selector().equals(entry.selector())) {
        entries.put(existing, entry);
        return;
      }
      remove(entry.indicator());
    }
    if (nextId == Integer.MAX_VALUE) {
      throw new IllegalStateException("entry ids exhausted: rebuild the watch list");
    }
    int id = nextId++;
    entries.put(id, entry);
    ids.put(entry.indicator(), id);
    index.add(id, entry.selector());
  }

  /** Removes an indicator (revoked, expired or no longer visible); false when it was not listed. */
  public synchronized boolean remove(IndicatorId indicator) {
    Integer id = ids.remove(indicator);
    if (id == null) {
      return false;
    }
    ScreeningEntry entry = entries.get(id);
    if (entry != null) {
      index.remove(id, entry.selector());
    }
    entries.remove(id);
    return true;
  }

  /** Every listed indicator that {@code selector} hits, with how; empty when none. */
  public List<ScreeningHit> screen(Selector selector) {
    List<Hit> hits = index.screen(selector);
    if (hits.isEmpty()) {
      return List.of();
    }
    List<ScreeningHit> result = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      ScreeningEntry entry = entries.get(hit.entry());
      if (entry != null) {
        result.add(new ScreeningHit(entry, hit.kind(), hit.matched()));
      }
    }
    return List.copyOf(result);
  }

  /**
   * Whether a phone given as its E.164 digits hits any listed indicator: the allocation-free
   * pre-check before {@link #screen} builds the hits.
   */
  public boolean hitsPhone(long e164Digits) {
    return index.hitsPhone(e164Digits);
  }

  /**
   * {@link #hitsPhone} for each of {@code e164Digits[0, count)}, into {@code hits[0, count)}, with
   * the lookups' memory accesses overlapped ({@link ScreeningIndex#hitsPhones}).
   */
  public void hitsPhones(long[] e164Digits, int count, boolean[] hits) {
    index.hitsPhones(e164Digits, 0, count, hits);
  }

  /** Whether an IMEI, as its 14-digit body, hits any entry ({@link ScreeningIndex#hitsImei}). */
  public boolean hitsImei(long body) {
    return index.hitsImei(body);
  }

  /** Whether an IMSI, as a number, hits any entry ({@link ScreeningIndex#hitsImsi}). */
  public boolean hitsImsi(long imsi) {
    return index.hitsImsi(imsi);
  }

  /** The number of listed indicators. */
  public int size() {
    return entries.size();
  }

  /** The bytes of the index's table arrays (see {@link ScreeningIndex#tableBytes()}). */
  public long tableBytes() {
    return index.tableBytes();
  }
}
