package org.mekong.core.names.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mekong.core.names.Schema;

/**
 * An immutable block of indexed names in flat arrays: per name its entity, schema and UTF-8 text;
 * per blocking key (sorted 40-bit hashes) the names that have it, as one array of postings. About
 * 60-100 bytes a name, no object per name.
 */
final class Segment {

  /** Most names in one segment: a posting packs the name number into the low 24 bits. */
  static final int MAX_NAMES = 1 << 24;

  private static final Schema[] SCHEMAS = Schema.values();
  private static final long[] EMPTY = {};

  private final int[] entities;
  private final byte[] schemas;
  private final byte[] text;
  private final int[] textStart;
  private final long[] keys;
  private final int[] postingStart;
  private final int[] postings;

  private Segment(
      int[] entities,
      byte[] schemas,
      byte[] text,
      int[] textStart,
      long[] keys,
      int[] postingStart,
      int[] postings) {
    this.entities = entities;
    this.schemas = schemas;
    this.text = text;
    this.textStart = textStart;
    this.keys = keys;
    this.postingStart = postingStart;
    this.postings = postings;
  }

  /** Indexes {@code entries}, computing their keys on every core. */
  static Segment of(List<NameEntry> entries) {
    int n = entries.size();
    if (n > MAX_NAMES) {
      throw new IllegalArgumentException("a segment holds at most %d names".formatted(MAX_NAMES));
    }
    long[][] perName = new long[n][];
    IntStream.range(0, n).parallel().forEach(i -> perName[i] = keysOf(entries.get(i)));
    int[] entities = new int[n];
    byte[] schemas = new byte[n];
    int[] textStart = new int[n + 1];
    byte[][] utf8 = new byte[n][];
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      NameEntry entry = entries.get(i);
      entities[i] = entry.entity();
      schemas[i] = (byte) entry.schema().ordinal();
      utf8[i] = entry.name().getBytes(StandardCharsets.UTF_8);
      textStart[i + 1] = Math.addExact(textStart[i], utf8[i].length);
      pairs += perName[i].length;
    }
    byte[] text = new byte[textStart[n]];
    long[] packed = new long[pairs];
    int p = 0;
    for (int i = 0; i < n; i++) {
      System.arraycopy(utf8[i], 0, text, textStart[i], utf8[i].length);
      for (long key : perName[i]) {
        packed[p++] = key << 24 | i;
      }
      perName[i] = EMPTY;
    }
    Arrays.parallelSort(packed);
    int distinct = 0;
    for (int i = 0; i < pairs; i++) {
      if (i == 0 || packed[i] >>> 24 != packed[i - 1] >>> 24) {
        distinct++;
      }
    }
    long[] keys = new long[distinct];
    int[] postingStart = new int[distinct + 1];
    int[] postings = new int[pairs];
    int k = -1;
    for (int i = 0; i < pairs; i++) {
      long key = packed[i] >>> 24;
      if (k < 0 || keys[k] != key) {
        keys[++k] = key;
        postingStart[k] = i;
      }
      postings[i] = (int) (packed[i] & 0xFFFFFF);
    }
    postingStart[distinct] = pairs;
    return new Segment(entities, schemas, text, textStart, keys, postingStart, postings);
  }

  /** The distinct keys of one name. */
  private static long[] keysOf(NameEntry entry) {
    long[] found = new long[16];
    int[] count = {0};
    long[][] holder = {found};
    KeyHashes.of(
        entry.schema(),
        entry.name(),
        hash -> {
          if (count[0] == holder[0].length) {
            holder[0] = Arrays.copyOf(holder[0], count[0] * 2);
          }
          holder[0][count[0]++] = hash;
        });
    long[] keys = Arrays.copyOf(holder[0], count[0]);
    Arrays.sort(keys);
    int distinct = 0;
    for (int i = 0; i < keys.length; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        keys[distinct++] = keys[i];
      }
    }
    return Arrays.copyOf(keys, distinct);
  }

  int size() {
    return entities.length;
  }

  int entity(int name) {
    return entities[name];
  }

  Schema schema(int name) {
    return SCHEMAS[schemas[name]];
  }

  String name(int name) {
    return new String(
        text, textStart[name], textStart[name + 1] - textStart[name], StandardCharsets.UTF_8);
  }

  /** The position of a key in {@link #keys}, or a negative number when absent. */
  int find(long key) {
    return Arrays.binarySearch(keys, key);
  }

  /** How many names have the key at {@code position}. */
  int frequency(int position) {
    return postingStart[position + 1] - postingStart[position];
  }

  int postingStart(int position) {
    return postingStart[position];
  }

  int posting(int i) {
    return postings[i];
  }

  /** The bytes of the arrays, with their headers. */
  long bytes() {
    return 16L * 7
        + 4L * entities.length
        + schemas.length
        + text.length
        + 4L * textStart.length
        + 8L * keys.length
        + 4L * postingStart.length
        + 4L * postings.length;
  }
}
