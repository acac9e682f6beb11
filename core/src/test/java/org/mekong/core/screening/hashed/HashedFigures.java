package org.mekong.core.screening.hashed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Random;
import org.mekong.core.selector.SelectorType;

/**
 * Prints the figures of docs/screening-privacy.md: keyed hashes per second on one thread, Bloom
 * bits per entry and measured rates, file sizes. Not a test: run its {@code main} by hand.
 */
final class HashedFigures {

  private HashedFigures() {}

  public static void main(String[] args) throws IOException {
    long seed = 20261129L;
    Random random = new Random(seed);
    ScreeningKey key = ScreeningKey.generate(1, new SecureRandom());
    int n = 2_000_000;
    String[] phones = new String[n];
    for (int i = 0; i < n; i++) {
      phones[i] = "+668" + (10_000_000 + random.nextInt(90_000_000));
    }
    long sink = 0;
    for (int round = 1; round <= 5; round++) {
      long start = System.nanoTime();
      for (String phone : phones) {
        sink ^= KeyedHash.of(key, SelectorType.PHONE, phone);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("round %d: %,.0f HMAC-SHA-256 keyed hashes/s%n", round, n / seconds);
    }
    System.out.println("(sink " + sink + ")");

    int entries = 1_000_000;
    long[] hashes = random.longs(entries).toArray();
    for (double fpr : new double[] {1e-3, 1e-6}) {
      HashedList bloom = HashedList.bloom(1, Instant.now(), hashes, fpr);
      BloomFilter filter = bloom.bloomFilter();
      int probes = 10_000_000;
      int hits = 0;
      for (int i = 0; i < probes; i++) {
        hits += filter.mightContain(random.nextLong()) ? 1 : 0;
      }
      System.out.printf(
          "bloom fpr %s: %.2f bits/entry, k = %d, file %,d bytes, measured fpr %.2e%n",
          fpr,
          (double) filter.bitCount() / entries,
          filter.hashCount(),
          size(bloom),
          (double) hits / probes);
    }
    System.out.printf(
        "sorted hashes: file %,d bytes for %,d entries%n",
        size(HashedList.sortedHashes(1, Instant.now(), hashes)), entries);
  }

  private static long size(HashedList list) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    list.writeTo(out);
    return out.size();
  }
}
