package org.mekong.core.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Values with integer weights, picked at random in proportion to them. */
final class Weighted<T> {

  private final List<T> values;
  private final int[] cumulative;

  private Weighted(List<T> values, int[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /** Values and positive weights in turn: {@code of(a, 3, b, 1)}. */
  @SuppressWarnings("unchecked")
  static <T> Weighted<T> of(Object... valueWeightPairs) {
    if (valueWeightPairs.length == 0 || valueWeightPairs.length % 2 != 0) {
      throw new IllegalArgumentException("pairs of value and weight, at least one");
    }
    List<T> values = new ArrayList<>();
    int[] cumulative = new int[valueWeightPairs.length / 2];
    int total = 0;
    for (int i = 0; i < cumulative.length; i++) {
      values.add((T) valueWeightPairs[2 * i]);
      int weight = (Integer) valueWeightPairs[2 * i + 1];
      if (weight <= 0) {
        throw new IllegalArgumentException("weights are positive: " + weight);
      }
      total += weight;
      cumulative[i] = total;
    }
    return new Weighted<>(List.copyOf(values), cumulative);
  }

  T pick(RandomGenerator random) {
    int r = random.nextInt(cumulative[cumulative.length - 1]);
    for (int i = 0; i < cumulative.length; i++) {
      if (r < cumulative[i]) {
        return values.get(i);
      }
    }
    throw new IllegalStateException("r is below the total");
  }
}
