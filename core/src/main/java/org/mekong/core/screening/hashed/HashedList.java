package org.mekong.core.screening.hashed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A watch list exported for a client that must not hold the plaintext: the keyed hashes of its
 * selectors under one {@link ScreeningKey} version, either sorted and unique or in a {@link
 * BloomFilter}; written and read in the {@code MKHL} file format of docs/screening-privacy.md.
 */
public final class HashedList {

  /** How the hashes are held. */
  public enum Kind {
    /** The sorted unique hashes (ascending as unsigned 64-bit numbers): no false positives. */
    SORTED_HASHES,
    /** A Bloom filter of the hashes: smaller, with the chosen false-positive rate. */
    BLOOM
  }

  private final Kind kind;
  private final int keyVersion;
  private final Instant created;
  private final long size;
  private final long @Nullable [] hashes;
  private final @Nullable BloomFilter filter;

  HashedList(
      Kind kind,
      int keyVersion,
      Instant created,
      long size,
      long @Nullable [] hashes,
      @Nullable BloomFilter filter) {
    if (keyVersion < 1) {
      throw new IllegalArgumentException("a key version is 1 or more, was " + keyVersion);
    }
    if (size < 0) {
      throw new IllegalArgumentException("a list size is 0 or more, was " + size);
    }
    if ((kind == Kind.SORTED_HASHES) != (hashes != null)
        || (kind == Kind.BLOOM) != (filter != null)) {
      throw new IllegalArgumentException("a " + kind + " list holds exactly its own structure");
    }
    this.kind = kind;
    this.keyVersion = keyVersion;
    this.created = created.truncatedTo(ChronoUnit.MILLIS);
    this.size = size;
    this.hashes = hashes;
    this.filter = filter;
  }

  /**
   * A list of these hashes (any order, duplicates dropped) under key version {@code keyVersion}.
   */
  public static HashedList sortedHashes(int keyVersion, Instant created, long[] hashes) {
    long[] sorted = sortedUnique(hashes);
    return new HashedList(Kind.SORTED_HASHES, keyVersion, created, sorted.length, sorted, null);
  }

  /**
   * A Bloom filter of these hashes (duplicates counted once) at false-positive rate {@code fpr}.
   */
  public static HashedList bloom(int keyVersion, Instant created, long[] hashes, double fpr) {
    long[] unique = sortedUnique(hashes);
    BloomFilter filter = BloomFilter.create(unique.length, fpr);
    for (long hash : unique) {
      filter.put(hash);
    }
    return new HashedList(Kind.BLOOM, keyVersion, created, unique.length, null, filter);
  }

  /**
   * Reads a list written by {@link #writeTo}, validating all of it: magic, format version, kind,
   * key version, lengths, order and the SHA-256 checksum.
   *
   * @throws HashedListException when the bytes are not a complete, intact list; the message says
   *     what is wrong
   * @throws IOException when the stream fails
   */
  public static HashedList read(InputStream in) throws IOException {
    return HashedListFormat.read(in);
  }

  /** Writes the list to {@code out} (not closed), streaming, checksum last. */
  public void writeTo(OutputStream out) throws IOException {
    HashedListFormat.write(this, out);
  }

  /** Whether these first bytes of a file (4 or more) start with the {@code MKHL} magic. */
  public static boolean isHashedList(byte[] firstBytes) {
    return firstBytes.length >= HashedListFormat.MAGIC.length
        && Arrays.equals(
            firstBytes,
            0,
            HashedListFormat.MAGIC.length,
            HashedListFormat.MAGIC,
            0,
            HashedListFormat.MAGIC.length);
  }

  /** Whether the hash is on the list: certainly for sorted hashes, or a Bloom false positive. */
  public boolean mightContain(long hash) {
    return switch (kind) {
      case SORTED_HASHES -> binarySearchUnsigned(sorted(), hash);
      case BLOOM -> bloomFilter().mightContain(hash);
    };
  }

  /** How the hashes are held. */
  public Kind kind() {
    return kind;
  }

  /** The version of the key the hashes were computed under. */
  public int keyVersion() {
    return keyVersion;
  }

  /** When the node exported the list, to the millisecond. */
  public Instant created() {
    return created;
  }

  /** The number of distinct hashes on the list. */
  public long size() {
    return size;
  }

  /** The Bloom filter's false-positive rate, or 0 for sorted hashes. */
  public double falsePositiveRate() {
    return filter == null ? 0 : filter.falsePositiveRate();
  }

  long[] sorted() {
    if (hashes == null) {
      throw new IllegalStateException("a " + kind + " list has no sorted hashes");
    }
    return hashes;
  }

  BloomFilter bloomFilter() {
    if (filter == null) {
      throw new IllegalStateException("a " + kind + " list has no Bloom filter");
    }
    return filter;
  }

  @Override
  public String toString() {
    return "HashedList[" + kind + ", key version " + keyVersion + ", " + size + " entries]";
  }

  private static long[] sortedUnique(long[] hashes) {
    long[] sorted = hashes.clone();
    // Unsigned order: flip the sign bit, sort signed, flip back.
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (unique == 0 || sorted[i] != sorted[unique - 1]) {
        sorted[unique++] = sorted[i];
      }
    }
    for (int i = 0; i < unique; i++) {
      sorted[i] ^= Long.MIN_VALUE;
    }
    return unique == sorted.length ? sorted : Arrays.copyOf(sorted, unique);
  }

  private static boolean binarySearchUnsigned(long[] sorted, long hash) {
    int low = 0;
    int high = sorted.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = Long.compareUnsigned(sorted[mid], hash);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
