package org.mekong.core.synthetic;

import java.util.random.RandomGenerator;

/**
 * Picks exactly {@code wanted} of {@code from} records met one after the other, each set of that
 * size equally likely (Knuth's selection sampling), remembering two counters.
 */
final class Selection {

  private long wanted;
  private long remaining;

  Selection(long wanted, long from) {
    if (wanted < 0 || wanted > from) {
      throw new IllegalArgumentException("cannot pick " + wanted + " of " + from);
    }
    this.wanted = wanted;
    this.remaining = from;
  }

  /** Whether the next record is picked; call once per record, at most {@code from} times. */
  boolean next(RandomGenerator random) {
    if (remaining <= 0) {
      throw new IllegalStateException("every record was met already");
    }
    boolean picked = random.nextLong(remaining) < wanted;
    remaining--;
    if (picked) {
      wanted--;
    }
    return picked;
  }
}
