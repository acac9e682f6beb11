package org.mekong.core.synthetic;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * A seeded bijection of {@code [0, modulus)}: {@code i -> (a * i + b) mod modulus} with {@code a}
 * coprime to the modulus. Numbering generated values through it makes them unique by construction
 * while they still look random, without remembering what was generated.
 */
final class Permutation {

  /** Keeps {@code a * i} inside a long. */
  static final long MAX_MODULUS = 3_000_000_000L;

  private final long modulus;
  private final long multiplier;
  private final long offset;

  Permutation(long modulus, RandomGenerator random) {
    if (modulus < 2 || modulus > MAX_MODULUS) {
      throw new IllegalArgumentException("modulus must be 2.." + MAX_MODULUS + ", was " + modulus);
    }
    this.modulus = modulus;
    long a = 1 + random.nextLong(modulus - 1);
    while (!BigInteger.valueOf(a).gcd(BigInteger.valueOf(modulus)).equals(BigInteger.ONE)) {
      a = a + 1 == modulus ? 1 : a + 1;
    }
    this.multiplier = a;
    this.offset = random.nextLong(modulus);
  }

  long modulus() {
    return modulus;
  }

  /** The image of {@code index}, which must be below the modulus (the generator's capacity). */
  long apply(long index) {
    if (index < 0 || index >= modulus) {
      throw new IllegalStateException(
          "synthetic generator exhausted: value #" + index + " of at most " + modulus);
    }
    return (multiplier * index % modulus + offset) % modulus;
  }

  /** A bijection of all longs (the SplitMix64 finaliser): distinct inputs, distinct outputs. */
  static long mix64(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
