package org.mekong.core.screening;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.StampedLock;
import java.util.function.LongPredicate;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/**
 * An in-memory index from selectors to entry ids that answers which entries a screened selector
 * hits, and how ({@link MatchKind}). Phones, IMEIs, IMSIs and IPv4 networks are primitive keys;
 * every other selector is a 128-bit hash (a 64-bit key and a 64-bit check); see {@code
 * docs/screening-index.md} for the structures and match rules.
 *
 * <p>Entry ids are the caller's: small non-negative integers into its own table of what each entry
 * is (e.g. a {@link WatchList}). Several entries may share a selector. Updates take effect at once.
 *
 * <p>Thread-safe for one writer and many readers: writers are serialised, rehash a table that must
 * grow before they take a {@link StampedLock}'s write lock, and hold it only to install the new
 * arrays and change a few slots; readers probe under an optimistic stamp (no shared write at all)
 * and retry under the read lock when a write intervened, so a reader never returns a torn state.
 */
public final class ScreeningIndex {

  private final ReentrantLock writer = new ReentrantLock();
  private final StampedLock lock = new StampedLock();
  private final Tables tables;
  private final LongPredicate containsPhone;
  private final LongPredicate containsImei;
  private final LongPredicate containsImsi;
  private long size;

  private ScreeningIndex(Map<SelectorType, Integer> expected) {
    this.tables = new Tables(expected);
    this.containsPhone = tables::containsPhone;
    this.containsImei = tables::containsImei;
    this.containsImsi = tables::containsImsi;
  }

  /** An empty index. */
  public static ScreeningIndex create() {
    return new ScreeningIndex(Map.of());
  }

  /** An empty index sized for the expected number of selectors of each type. */
  public static ScreeningIndex create(Map<SelectorType, Integer> expected) {
    return new ScreeningIndex(expected);
  }

  /** An index of the given entries (entry id to selector), sized for them. */
  public static ScreeningIndex of(Map<Integer, ? extends Selector> entries) {
    Map<SelectorType, Integer> counts = new EnumMap<>(SelectorType.class);
    entries.values().forEach(s -> counts.merge(s.type(), 1, Integer::sum));
    ScreeningIndex index = new ScreeningIndex(counts);
    entries.forEach(index::add);
    return index;
  }

  /** Indexes {@code selector} for {@code entry}; false when that pair was already indexed. */
  public boolean add(int entry, Selector selector) {
    requireEntry(entry);
    writer.lock();
    try {
      tables.prepareGrowth();
      long stamp = lock.writeLock();
      try {
        tables.installPrepared();
        boolean added = tables.update(entry, selector, true);
        size += added ? 1 : 0;
        return added;
      } finally {
        lock.unlockWrite(stamp);
      }
    } finally {
      writer.unlock();
    }
  }

  /**
   * Indexes a phone number given as its E.164 digits (e.g. from {@code PhoneFastPath#e164Digits}),
   * for bulk loads that never build a selector object; false when already indexed.
   */
  public boolean addPhone(int entry, long e164Digits) {
    requireEntry(entry);
    if (e164Digits <= 0) {
      throw new IllegalArgumentException("not E.164 digits: " + e164Digits);
    }
    writer.lock();
    try {
      tables.prepareGrowth();
      long stamp = lock.writeLock();
      try {
        tables.installPrepared();
        boolean added = tables.addPhone(entry, e164Digits);
        size += added ? 1 : 0;
        return added;
      } finally {
        lock.unlockWrite(stamp);
      }
    } finally {
      writer.unlock();
    }
  }

  /**
   * {@link #addPhone} of {@code e164Digits[i]} as entry {@code firstEntry + i - from}, for each
   * {@code i} in {@code [from, to)}, under one lock: the way a bulk load indexes a run of phones.
   *
   * @return how many were not indexed yet
   */
  public int addPhones(int firstEntry, long[] e164Digits, int from, int to) {
    requireEntry(firstEntry);
    for (int i = from; i < to; i++) {
      if (e164Digits[i] <= 0) {
        throw new IllegalArgumentException("not E.164 digits: " + e164Digits[i]);
      }
    }
    requireEntry(firstEntry + Math.max(0, to - from - 1));
    int added = 0;
    writer.lock();
    try {
      long stamp = lock.writeLock();
      try {
        added = tables.addPhones(firstEntry, e164Digits, from, to);
        size += added;
        return added;
      } finally {
        lock.unlockWrite(stamp);
      }
    } finally {
      writer.unlock();
    }
  }

  /** Removes {@code selector} of {@code entry}; false when that pair was not indexed. */
  public boolean remove(int entry, Selector selector) {
    requireEntry(entry);
    writer.lock();
    try {
      long stamp = lock.writeLock();
      try {
        boolean removed = tables.update(entry, selector, false);
        size -= removed ? 1 : 0;
        return removed;
      } finally {
        lock.unlockWrite(stamp);
      }
    } finally {
      writer.unlock();
    }
  }

  /** Every entry that {@code selector} hits, with how; empty when none. */
  public List<Hit> screen(Selector selector) {
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0L) {
      HitCollector out = new HitCollector();
      tables.screen(selector, out);
      if (lock.validate(stamp)) {
        return out.hits();
      }
    }
    stamp = lock.readLock();
    try {
      HitCollector out = new HitCollector();
      tables.screen(selector, out);
      return out.hits();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** Whether a phone number, as its E.164 digits, hits any entry: the allocation-free fast path. */
  public boolean hitsPhone(long e164Digits) {
    return read(containsPhone, e164Digits);
  }

  /**
   * Whether an IMEI, as its 14-digit body read as a number (check digit and software version
   * dropped), hits any entry; allocation-free like {@link #hitsPhone}.
   */
  public boolean hitsImei(long body) {
    if (body < 0 || body > 99_999_999_999_999L) {
      throw new IllegalArgumentException("not a 14-digit IMEI body: " + body);
    }
    return read(containsImei, body);
  }

  /** Whether an IMSI, as its 15 digits read as a number, hits any entry; allocation-free. */
  public boolean hitsImsi(long imsi) {
    return read(containsImsi, imsi);
  }

  /** A key test under an optimistic stamp, retried under the read lock when a write intervened. */
  private boolean read(LongPredicate test, long key) {
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0L) {
      boolean hit = test.test(key);
      if (lock.validate(stamp)) {
        return hit;
      }
    }
    stamp = lock.readLock();
    try {
      return test.test(key);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /**
   * Whether each of {@code e164Digits[from..to)} hits any entry, into {@code hits[0..to-from)}:
   * {@link #hitsPhone} for a batch, with the memory accesses of neighbouring probes overlapped (see
   * {@code docs/screening-index.md}); the way to screen call records at line rate.
   */
  public void hitsPhones(long[] e164Digits, int from, int to, boolean[] hits) {
    if (from < 0 || to > e164Digits.length || from > to || to - from > hits.length) {
      throw new IllegalArgumentException(
          "range ["
              + from
              + ", "
              + to
              + ") outside "
              + e164Digits.length
              + " digits or longer than "
              + hits.length
              + " results");
    }
    long stamp = lock.tryOptimisticRead();
    if (stamp != 0L) {
      tables.containsPhones(e164Digits, from, to, hits);
      if (lock.validate(stamp)) {
        return;
      }
    }
    stamp = lock.readLock();
    try {
      tables.containsPhones(e164Digits, from, to, hits);
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** The number of indexed (entry, selector) pairs. */
  public long size() {
    long stamp = lock.readLock();
    try {
      return size;
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** The bytes of the slot arrays of the fixed-width tables (phones, IMEIs, IMSIs, IPv4). */
  long fixedWidthSlotBytes() {
    long stamp = lock.readLock();
    try {
      return tables.fixedWidth().stream().mapToLong(SlotTable::slotBytes).sum();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** The distinct keys of the fixed-width tables. */
  long fixedWidthKeys() {
    long stamp = lock.readLock();
    try {
      return tables.fixedWidth().stream().mapToLong(SlotTable::size).sum();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  /** The bytes of every table array, shared-key lists included. */
  public long tableBytes() {
    long stamp = lock.readLock();
    try {
      return tables.all().stream().mapToLong(t -> t.slotBytes() + t.overflowBytes()).sum();
    } finally {
      lock.unlockRead(stamp);
    }
  }

  private static void requireEntry(int entry) {
    if (entry < 0) {
      throw new IllegalArgumentException("entry ids are not negative: " + entry);
    }
  }
}
