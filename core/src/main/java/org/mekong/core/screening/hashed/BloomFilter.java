package org.mekong.core.screening.hashed;

/**
 * A Bloom filter over 64-bit keyed hashes, sized for an expected number of entries and a chosen
 * false-positive rate; it has no false negatives.
 *
 * <p>The k bit positions of a hash are derived by Kirsch–Mitzenmacher double hashing: the hash is
 * mixed with the SplitMix64 finaliser, its high and low 32-bit halves are {@code h1} and {@code
 * h2}, and position {@code i} (0 ≤ i < k) is {@code (h1 + i·h2) mod m} computed on non-negative
 * 64-bit integers. Bit {@code p} is bit {@code p mod 64} (least significant first) of word {@code p
 * / 64}. Not thread-safe for {@link #put}; {@link #mightContain} may run concurrently once filling
 * has finished.
 */
public final class BloomFilter {

  /** The smallest false-positive rate a filter may be sized for. */
  public static final double MIN_FPR = 1e-9;

  /** The largest false-positive rate a filter may be sized for. */
  public static final double MAX_FPR = 0.5;

  /** The largest number of hash positions per entry (what {@code fpr = 1e-9} needs is 30). */
  static final int MAX_HASHES = 64;

  /** The largest number of 64-bit words of a filter: 2^31 − 64 of them, 16 GiB. */
  static final long MAX_WORDS = Integer.MAX_VALUE - 63;

  private static final double LN2 = Math.log(2);

  private final long[] words;
  private final long bits;
  private final int hashes;
  private final double fpr;

  BloomFilter(long[] words, int hashes, double fpr) {
    if (words.length == 0) {
      throw new IllegalArgumentException("a Bloom filter has at least one word");
    }
    if (hashes < 1 || hashes > MAX_HASHES) {
      throw new IllegalArgumentException(
          "a Bloom filter has 1 to " + MAX_HASHES + " hash positions, was " + hashes);
    }
    checkFpr(fpr);
    this.words = words;
    this.bits = (long) words.length * 64;
    this.hashes = hashes;
    this.fpr = fpr;
  }

  /**
   * An empty filter for about {@code expected} entries at false-positive rate {@code fpr}: {@code m
   * = ⌈−n·ln p / (ln 2)²⌉} bits rounded up to a multiple of 64, {@code k = round(m/n · ln 2)}.
   */
  public static BloomFilter create(long expected, double fpr) {
    if (expected < 0) {
      throw new IllegalArgumentException("expected entries is 0 or more, was " + expected);
    }
    checkFpr(fpr);
    long n = Math.max(1, expected);
    double exactBits = Math.ceil(-n * Math.log(fpr) / (LN2 * LN2));
    long words = Math.max(1, (long) Math.ceil(exactBits / 64));
    if (words > MAX_WORDS) {
      throw new IllegalArgumentException(
          "a Bloom filter for "
              + expected
              + " entries at fpr "
              + fpr
              + " would need more than "
              + MAX_WORDS * 8
              + " bytes");
    }
    int k = (int) Math.max(1, Math.min(MAX_HASHES, Math.round(words * 64.0 / n * LN2)));
    return new BloomFilter(new long[(int) words], k, fpr);
  }

  /** Adds a hash. */
  public void put(long hash) {
    long mixed = mix(hash);
    long h1 = mixed >>> 32;
    long h2 = mixed & 0xFFFF_FFFFL;
    for (int i = 0; i < hashes; i++) {
      long position = (h1 + i * h2) % bits;
      words[(int) (position >>> 6)] |= 1L << position;
    }
  }

  /** False when the hash was certainly never added; true when it was, or by a false positive. */
  public boolean mightContain(long hash) {
    long mixed = mix(hash);
    long h1 = mixed >>> 32;
    long h2 = mixed & 0xFFFF_FFFFL;
    for (int i = 0; i < hashes; i++) {
      long position = (h1 + i * h2) % bits;
      if ((words[(int) (position >>> 6)] & (1L << position)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The number of bits m, a multiple of 64. */
  public long bitCount() {
    return bits;
  }

  /** The number of bit positions k set per entry. */
  public int hashCount() {
    return hashes;
  }

  /** The false-positive rate the filter was sized for. */
  public double falsePositiveRate() {
    return fpr;
  }

  /** The rate expected after {@code entries} distinct entries: {@code (1 − e^(−k·n/m))^k}. */
  public double expectedFalsePositiveRate(long entries) {
    return Math.pow(1 - Math.exp(-(double) hashes * entries / bits), hashes);
  }

  /** The bit array itself, for the file writer. */
  long[] words() {
    return words;
  }

  /** SplitMix64's finaliser (Stafford's Mix13), a bijection on 64-bit values. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static void checkFpr(double fpr) {
    if (!(fpr >= MIN_FPR && fpr <= MAX_FPR)) {
      throw new IllegalArgumentException(
          "a false-positive rate is between " + MIN_FPR + " and " + MAX_FPR + ", was " + fpr);
    }
  }
}
