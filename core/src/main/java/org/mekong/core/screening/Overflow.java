package org.mekong.core.screening;

import java.util.Arrays;

/**
 * The entry lists of keys that several entries share (several agencies report the same number).
 * Rare, so a list is a small {@code int[]}; a list is never changed in place but replaced, so a
 * racing reader sees an old or a new list, never a half-written one.
 */
final class Overflow {

  private static final int[] FREE = new int[0];

  private int[][] lists = new int[4][];
  private int used;
  private int[] freeSlots = new int[4];
  private int freeCount;

  /** A new list of two entries; its index. */
  int create(int first, int second) {
    int index;
    if (freeCount > 0) {
      index = freeSlots[--freeCount];
    } else {
      if (used == lists.length) {
        lists = Arrays.copyOf(lists, used * 2);
      }
      index = used++;
    }
    lists[index] = new int[] {first, second};
    return index;
  }

  /** Adds an entry to a list; false when it is already there. */
  boolean add(int list, int entry) {
    int[] old = lists[list];
    for (int e : old) {
      if (e == entry) {
        return false;
      }
    }
    int[] fresh = Arrays.copyOf(old, old.length + 1);
    fresh[old.length] = entry;
    lists[list] = fresh;
    return true;
  }

  /** Removes an entry from a list; false when it was not there. */
  boolean remove(int list, int entry) {
    int[] old = lists[list];
    for (int i = 0; i < old.length; i++) {
      if (old[i] == entry) {
        int[] fresh = new int[old.length - 1];
        System.arraycopy(old, 0, fresh, 0, i);
        System.arraycopy(old, i + 1, fresh, i, old.length - i - 1);
        lists[list] = fresh;
        return true;
      }
    }
    return false;
  }

  /** The only entry of a list of one, or -1. */
  int single(int list) {
    int[] entries = lists[list];
    return entries.length == 1 ? entries[0] : -1;
  }

  /** Frees a list for reuse (after its last entry went back into the slot). */
  void free(int list) {
    lists[list] = FREE;
    if (freeCount == freeSlots.length) {
      freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
    }
    freeSlots[freeCount++] = list;
  }

  /** Each entry of a list; nothing for an index that a racing writer has made invalid. */
  void forEach(int list, EntrySink sink) {
    int[][] all = lists;
    if (list < 0 || list >= all.length) {
      return;
    }
    int[] entries = all[list];
    if (entries == null) {
      return;
    }
    for (int e : entries) {
      sink.accept(e);
    }
  }

  long bytes() {
    long bytes = (long) lists.length * Integer.BYTES + (long) freeSlots.length * Integer.BYTES;
    for (int i = 0; i < used; i++) {
      int[] list = lists[i];
      bytes += list == null ? 0 : 16L + (long) list.length * Integer.BYTES;
    }
    return bytes;
  }
}
