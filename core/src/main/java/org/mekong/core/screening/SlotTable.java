package org.mekong.core.screening;

import org.jspecify.annotations.Nullable;

/**
 * An open-addressing multimap from a non-zero {@code long} key (plus, when verified, a second
 * {@code long} that must also be equal) to entry ids: parallel arrays, linear probing,
 * backward-shift deletion, no object per key. A slot's value is the entry id, or {@code ~list} when
 * several entries share the key (see {@link Overflow}).
 *
 * <p>The capacity is any size, not a power of two: the home slot is found by multiply-shift range
 * reduction, so the table can grow by 1.25 and stay between {@link #MIN_LOAD} and {@link #MAX_LOAD}
 * full (a power of two would leave a million keys in 2^21 slots, 25 bytes each).
 *
 * <p>Not thread-safe by itself: the one writer mutates it under {@link ScreeningIndex}'s lock and
 * readers probe it optimistically. A reader racing a writer may see any mix of old and new values,
 * so every read path here is bounded and never throws; the caller discards what it read when the
 * lock's validation fails.
 */
final class SlotTable {

  static final long EMPTY = 0L;
  static final double MAX_LOAD = 0.7;
  static final double MIN_LOAD = 0.56;
  private static final int MIN_CAPACITY = 16;

  private final boolean verified;
  private Slots slots;
  private @Nullable Slots prepared;
  private final Overflow overflow = new Overflow();
  private int size;

  /** The arrays of one capacity; replaced as a whole when the table grows. */
  private record Slots(long[] keys, long[] checks, int[] values) {}

  SlotTable(boolean verified, int expectedKeys) {
    this.verified = verified;
    this.slots = allocate(capacityFor(expectedKeys));
  }

  /**
   * When the next add would pass {@link #MAX_LOAD}, rehashes into larger arrays that readers do not
   * see yet: the slow part of growing, done outside the index's write lock. Writer only; the table
   * must not change before {@link #installPrepared()}.
   */
  void prepareGrowth() {
    if (prepared == null && size + 1 > slots.keys.length * MAX_LOAD) {
      prepared = rehash(slots, (int) Math.ceil((size + 1) / MIN_LOAD));
    }
  }

  /** Makes the arrays of {@link #prepareGrowth()} the table's; under the index's write lock. */
  void installPrepared() {
    Slots grown = prepared;
    if (grown != null) {
      slots = grown;
      prepared = null;
    }
  }

  /** Adds {@code entry} under the key; false when it was already there. */
  boolean add(long key, long check, int entry) {
    requireKey(key);
    if (size + 1 > slots.keys.length * MAX_LOAD) {
      grow((int) Math.ceil((size + 1) / MIN_LOAD));
    }
    Slots s = slots;
    int i = find(s, key, check);
    if (s.keys[i] == EMPTY) {
      s.values[i] = entry;
      if (verified) {
        s.checks[i] = check;
      }
      s.keys[i] = key;
      size++;
      return true;
    }
    int value = s.values[i];
    if (value >= 0) {
      if (value == entry) {
        return false;
      }
      s.values[i] = ~overflow.create(value, entry);
      return true;
    }
    return overflow.add(~value, entry);
  }

  /**
   * {@link #add} of {@code keys[i]} for entry {@code firstEntry + i - from}, for each {@code i} in
   * {@code [from, to)} in order, into an unverified table; the number added. As in {@link
   * #containsAll}, the home slots of a group of keys are read before any is written, so that their
   * cache misses overlap: a million keys added one by one each wait for a slot of a large table.
   */
  int addAll(long[] keys, int from, int to, int firstEntry) {
    if (verified) {
      throw new IllegalStateException("batched adds are for unverified tables");
    }
    int[] homes = new int[GROUP];
    long[] first = new long[GROUP];
    int added = 0;
    for (int start = from; start < to; start += GROUP) {
      int n = Math.min(GROUP, to - start);
      if (size + n > slots.keys.length * MAX_LOAD) {
        grow((int) Math.ceil((size + n) / MIN_LOAD));
      }
      Slots s = slots;
      long[] table = s.keys;
      int[] values = s.values;
      for (int j = 0; j < n; j++) {
        long key = keys[start + j];
        requireKey(key);
        homes[j] = home(key, table.length);
      }
      for (int j = 0; j < n; j++) {
        first[j] = table[homes[j]];
      }
      for (int j = 0; j < n; j++) {
        int home = homes[j];
        int entry = firstEntry + start + j - from;
        // the slot read empty, and no earlier key of the group took it: the key goes there
        if (first[j] == EMPTY && table[home] == EMPTY) {
          values[home] = entry;
          table[home] = keys[start + j];
          size++;
          added++;
        } else if (add(keys[start + j], 0L, entry)) {
          added++;
        }
      }
    }
    return added;
  }

  /** Removes {@code entry} from the key; false when it was not there. */
  boolean remove(long key, long check, int entry) {
    requireKey(key);
    Slots s = slots;
    int i = find(s, key, check);
    if (s.keys[i] == EMPTY) {
      return false;
    }
    int value = s.values[i];
    if (value >= 0) {
      if (value != entry) {
        return false;
      }
      delete(s, i);
      size--;
      return true;
    }
    int list = ~value;
    if (!overflow.remove(list, entry)) {
      return false;
    }
    int single = overflow.single(list);
    if (single >= 0) {
      s.values[i] = single;
      overflow.free(list);
    }
    return true;
  }

  /**
   * The entries under the key, written to {@code sink}; bounded and exception-free under a racing
   * writer (the answer is then garbage that the caller's validation discards).
   */
  void lookup(long key, long check, EntrySink sink) {
    Slots s = slots;
    long[] keys = s.keys;
    int capacity = keys.length;
    int i = home(key, capacity);
    for (int probes = 0; probes < capacity; probes++) {
      long k = keys[i];
      if (k == EMPTY) {
        return;
      }
      if (k == key && (!verified || s.checks[i] == check)) {
        int value = s.values[i];
        if (value >= 0) {
          sink.accept(value);
        } else {
          overflow.forEach(~value, sink);
        }
        return;
      }
      i = ++i == capacity ? 0 : i;
    }
  }

  /** Whether any entry is under the key. */
  boolean contains(long key, long check) {
    Slots s = slots;
    long[] keys = s.keys;
    int capacity = keys.length;
    int i = home(key, capacity);
    for (int probes = 0; probes < capacity; probes++) {
      long k = keys[i];
      if (k == EMPTY) {
        return false;
      }
      if (k == key && (!verified || s.checks[i] == check)) {
        return true;
      }
      i = ++i == capacity ? 0 : i;
    }
    return false;
  }

  /**
   * Whether any entry is under each of {@code keys[from..to)}, into {@code out[0..to-from)}; for
   * unverified tables (checks are not compared). The first slot of each probe is loaded for a group
   * of keys before any is resolved, so that their cache misses overlap instead of following one
   * another: a random probe of a large table costs a memory access, and a core can wait for several
   * at once.
   */
  void containsAll(long[] keys, int from, int to, boolean[] out) {
    if (verified) {
      throw new IllegalStateException("batched lookups are for unverified tables");
    }
    Slots s = slots;
    long[] table = s.keys;
    int capacity = table.length;
    int[] homes = new int[GROUP];
    long[] first = new long[GROUP];
    for (int start = from; start < to; start += GROUP) {
      int n = Math.min(GROUP, to - start);
      for (int j = 0; j < n; j++) {
        homes[j] = home(keys[start + j], capacity);
      }
      for (int j = 0; j < n; j++) {
        first[j] = table[homes[j]];
      }
      for (int j = 0; j < n; j++) {
        long key = keys[start + j];
        long k = first[j];
        out[start + j - from] = k != EMPTY && (k == key || probeOn(table, key, homes[j]));
      }
    }
  }

  private static final int GROUP = 16;

  /** The rest of a linear probe after a first slot that held another key. */
  private static boolean probeOn(long[] table, long key, int home) {
    int capacity = table.length;
    int i = home;
    for (int probes = 1; probes < capacity; probes++) {
      i = ++i == capacity ? 0 : i;
      long k = table[i];
      if (k == EMPTY) {
        return false;
      }
      if (k == key) {
        return true;
      }
    }
    return false;
  }

  /** The number of distinct keys. */
  int size() {
    return size;
  }

  /** The bytes of the slot arrays (keys, checks, values), without shared-key lists. */
  long slotBytes() {
    Slots s = slots;
    return (long) s.keys.length * Long.BYTES
        + (long) s.checks.length * Long.BYTES
        + (long) s.values.length * Integer.BYTES;
  }

  /** The bytes of the lists of keys that several entries share. */
  long overflowBytes() {
    return overflow.bytes();
  }

  int capacity() {
    return slots.keys.length;
  }

  static int home(long key, int capacity) {
    long h = key * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    return (int) (((h >>> 32) * capacity) >>> 32);
  }

  /** The slot holding the key, or the empty slot where it would go. */
  private int find(Slots s, long key, long check) {
    long[] keys = s.keys;
    int capacity = keys.length;
    int i = home(key, capacity);
    while (true) {
      long k = keys[i];
      if (k == EMPTY || (k == key && (!verified || s.checks[i] == check))) {
        return i;
      }
      i = ++i == capacity ? 0 : i;
    }
  }

  /** Backward-shift deletion: later keys of the probe run move up so no tombstone is needed. */
  private void delete(Slots s, int hole) {
    long[] keys = s.keys;
    int capacity = keys.length;
    int i = hole;
    int j = hole;
    while (true) {
      j = ++j == capacity ? 0 : j;
      long k = keys[j];
      if (k == EMPTY) {
        break;
      }
      int h = home(k, capacity);
      boolean movable = i <= j ? (h <= i || h > j) : (h <= i && h > j);
      if (movable) {
        s.values[i] = s.values[j];
        if (verified) {
          s.checks[i] = s.checks[j];
        }
        keys[i] = k;
        i = j;
      }
    }
    keys[i] = EMPTY;
  }

  private void grow(int capacity) {
    slots = rehash(slots, capacity);
  }

  private Slots rehash(Slots old, int capacity) {
    Slots fresh = allocate(Math.max(capacity, MIN_CAPACITY));
    for (int i = 0; i < old.keys.length; i++) {
      long k = old.keys[i];
      if (k != EMPTY) {
        long check = verified ? old.checks[i] : 0L;
        int j = find(fresh, k, check);
        fresh.keys[j] = k;
        fresh.values[j] = old.values[i];
        if (verified) {
          fresh.checks[j] = check;
        }
      }
    }
    return fresh;
  }

  private Slots allocate(int capacity) {
    return new Slots(
        new long[capacity], verified ? new long[capacity] : new long[0], new int[capacity]);
  }

  static int capacityFor(int expectedKeys) {
    if (expectedKeys < 0) {
      throw new IllegalArgumentException("expected keys must not be negative: " + expectedKeys);
    }
    return Math.max(MIN_CAPACITY, (int) Math.ceil(expectedKeys / ((MIN_LOAD + MAX_LOAD) / 2)));
  }

  private static void requireKey(long key) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("key 0 is the empty-slot sentinel");
    }
  }
}
