package org.mekong.core.names.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.mekong.core.names.Schema;

/**
 * Finds the names of an index that share the most distinctive blocking keys with a query: each key
 * weighs {@code ln(1 + names / names with the key)}, keys held by more than {@link #COMMON} of a
 * large index's names are skipped when a rarer one exists, and the best {@code k} names by summed
 * weight are kept. Scratch arrays are kept per thread.
 */
final class Blocking {

  /**
   * The share of names above which a key is too common to be read when a rarer one exists; only in
   * an index where that share is more than {@link #COMMON_FLOOR} names.
   */
  static final double COMMON = 0.25;

  /** Keys held by fewer names than this are always read. */
  static final int COMMON_FLOOR = 50_000;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private Blocking() {}

  /** Per thread: a weight per name of the index and the names touched. */
  private static final class Scratch {
    float[] weights = new float[0];
    int[] touched = new int[1024];
  }

  /** The best {@code k} current, visible names of the schema's kind, as {segment, name} pairs. */
  static List<int[]> candidates(
      NameIndex index, Schema schema, String name, int k, IntPredicate visible) {
    long[] keys = queryKeys(schema, name);
    List<Segment> segments = index.segmentList();
    int total = index.total();
    if (keys.length == 0 || total == 0) {
      return List.of();
    }
    int[] frequency = new int[keys.length];
    for (int q = 0; q < keys.length; q++) {
      for (Segment segment : segments) {
        int at = segment.find(keys[q]);
        frequency[q] += at >= 0 ? segment.frequency(at) : 0;
      }
    }
    int rarest = Arrays.stream(frequency).filter(f -> f > 0).min().orElse(0);
    Scratch scratch = SCRATCH.get();
    if (scratch.weights.length < total) {
      scratch.weights = new float[total];
    }
    float[] weights = scratch.weights;
    int touched = 0;
    try {
      for (int q = 0; q < keys.length; q++) {
        boolean common = frequency[q] > Math.max(COMMON * total, COMMON_FLOOR);
        if (frequency[q] == 0 || common && frequency[q] > rarest) {
          continue;
        }
        float weight = (float) Math.log1p((double) total / frequency[q]);
        for (int s = 0; s < segments.size(); s++) {
          Segment segment = segments.get(s);
          int at = segment.find(keys[q]);
          if (at < 0) {
            continue;
          }
          int base = index.base(s);
          int end = segment.postingStart(at) + segment.frequency(at);
          for (int i = segment.postingStart(at); i < end; i++) {
            int global = base + segment.posting(i);
            if (weights[global] == 0f) {
              if (touched == scratch.touched.length) {
                scratch.touched = Arrays.copyOf(scratch.touched, touched * 2);
              }
              scratch.touched[touched++] = global;
            }
            weights[global] += weight;
          }
        }
      }
      return best(index, schema, scratch.touched, touched, weights, k, visible);
    } finally {
      for (int i = 0; i < touched; i++) {
        weights[scratch.touched[i]] = 0f;
      }
    }
  }

  /** The {@code k} heaviest touched names that qualify, heaviest first. */
  private static List<int[]> best(
      NameIndex index,
      Schema schema,
      int[] touched,
      int count,
      float[] weights,
      int k,
      IntPredicate visible) {
    // a min-heap of (weight bits << 32 | global name); positive floats order as their bits
    long[] heap = new long[k];
    int size = 0;
    for (int i = 0; i < count; i++) {
      int global = touched[i];
      long packed = (long) Float.floatToIntBits(weights[global]) << 32 | global;
      if (size == k && packed <= heap[0]) {
        continue;
      }
      if (!qualifies(index, schema, global, visible)) {
        continue;
      }
      if (size < k) {
        heap[size] = packed;
        siftUp(heap, size++);
      } else {
        heap[0] = packed;
        siftDown(heap, size);
      }
    }
    long[] sorted = Arrays.copyOf(heap, size);
    Arrays.sort(sorted);
    List<int[]> out = new ArrayList<>(size);
    for (int i = size - 1; i >= 0; i--) {
      out.add(locate(index, (int) sorted[i]));
    }
    return out;
  }

  private static boolean qualifies(
      NameIndex index, Schema schema, int global, IntPredicate visible) {
    int[] at = locate(index, global);
    Segment segment = index.segmentList().get(at[0]);
    return NameIndex.comparable(schema, segment.schema(at[1]))
        && index.live(at[0], at[1])
        && visible.test(segment.entity(at[1]));
  }

  private static int[] locate(NameIndex index, int global) {
    int s = index.segmentList().size() - 1;
    while (index.base(s) > global) {
      s--;
    }
    return new int[] {s, global - index.base(s)};
  }

  private static long[] queryKeys(Schema schema, String name) {
    long[][] holder = {new long[16]};
    int[] count = {0};
    KeyHashes.of(
        schema,
        name,
        hash -> {
          if (count[0] == holder[0].length) {
            holder[0] = Arrays.copyOf(holder[0], count[0] * 2);
          }
          holder[0][count[0]++] = hash;
        });
    return Arrays.stream(holder[0], 0, count[0]).distinct().toArray();
  }

  private static void siftUp(long[] heap, int i) {
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (heap[parent] <= heap[i]) {
        return;
      }
      long t = heap[parent];
      heap[parent] = heap[i];
      heap[i] = t;
      i = parent;
    }
  }

  private static void siftDown(long[] heap, int size) {
    int i = 0;
    while (true) {
      int l = 2 * i + 1;
      int r = l + 1;
      int m = i;
      if (l < size && heap[l] < heap[m]) {
        m = l;
      }
      if (r < size && heap[r] < heap[m]) {
        m = r;
      }
      if (m == i) {
        return;
      }
      long t = heap[m];
      heap[m] = heap[i];
      heap[i] = t;
      i = m;
    }
  }
}
