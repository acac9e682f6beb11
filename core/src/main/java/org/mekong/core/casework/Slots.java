package org.mekong.core.casework;

import java.util.Arrays;

/** The postings and per-query scratch of {@link KnownPeople}, and picking the best slots. */
final class Slots {

  private Slots() {}

  /** The {@code limit} touched slots of highest positive weight, best first. */
  static int[] best(Scratch s, int touched, int limit) {
    int[] heap = new int[limit]; // a min-heap of slots by weight
    int n = 0;
    for (int i = 0; i < touched; i++) {
      int slot = s.touched[i];
      float w = s.weights[slot];
      if (w <= 0) {
        continue;
      }
      if (n < limit) {
        heap[n] = slot;
        siftUp(heap, n++, s.weights);
      } else if (w > s.weights[heap[0]]) {
        heap[0] = slot;
        siftDown(heap, n, s.weights);
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = heap[i];
    }
    Arrays.sort(order, (a, b) -> Float.compare(s.weights[b], s.weights[a]));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = order[i];
    }
    return out;
  }

  private static void siftUp(int[] heap, int i, float[] w) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (w[heap[parent]] <= w[heap[i]]) {
        return;
      }
      int t = heap[parent];
      heap[parent] = heap[i];
      heap[i] = t;
      i = parent;
    }
  }

  private static void siftDown(int[] heap, int n, float[] w) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int m = i;
      if (l < n && w[heap[l]] < w[heap[m]]) {
        m = l;
      }
      if (r < n && w[heap[r]] < w[heap[m]]) {
        m = r;
      }
      if (m == i) {
        return;
      }
      int t = heap[m];
      heap[m] = heap[i];
      heap[i] = t;
      i = m;
    }
  }

  /** A growing list of slots. */
  static final class Postings {
    int[] slots = new int[2];
    int size;

    void add(int slot) {
      if (size == slots.length) {
        slots = Arrays.copyOf(slots, size * 2);
      }
      slots[size++] = slot;
    }
  }

  /**
   * Per query under way: a weight per slot (0 untouched, negative ruled out) and the slots touched.
   */
  static final class Scratch {
    float[] weights = new float[0];
    int[] touched = new int[1024];

    void ensure(int slots) {
      if (weights.length < slots) {
        weights = new float[Math.max(slots, weights.length * 2)];
      }
    }

    void touch(int at, int slot) {
      if (at == touched.length) {
        touched = Arrays.copyOf(touched, at * 2);
      }
      touched[at] = slot;
    }
  }
}
