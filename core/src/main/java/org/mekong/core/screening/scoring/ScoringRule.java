package org.mekong.core.screening.scoring;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.screening.ScreeningHit;

/**
 * How screening hits become a {@link Score}: a weight per category (0.0–1.0) and the {@link
 * Thresholds} of the alert levels.
 *
 * <p>Each distinct indicator hit contributes {@code p = weight × confidence / 100}, where the
 * weight is the highest of its categories' weights and the confidence is its effective confidence;
 * the same indicator hit twice (by two fields of an event, or by two match kinds) counts once. The
 * score is {@code round(100 × (1 − Π(1 − p)))}: a noisy-OR, 0 without hits, never above 100, and
 * never lower for one more hit. A category without a weight of its own takes its nearest
 * ancestor's, else {@code defaultWeight}. See {@code docs/screening-scoring.md}.
 *
 * @param weights the categories with a weight of their own
 * @param defaultWeight the weight of a category with neither its own weight nor an ancestor's
 * @param thresholds the thresholds of the alert levels
 */
public record ScoringRule(
    Map<Category, Double> weights, double defaultWeight, Thresholds thresholds) {

  /** The default weight of a category nobody weighted: an unspecified harm, given half weight. */
  public static final double DEFAULT_WEIGHT = 0.5;

  private static final ScoringRule DEFAULTS =
      new ScoringRule(DefaultWeights.WEIGHTS, DEFAULT_WEIGHT, Thresholds.DEFAULTS);

  public ScoringRule {
    EnumMap<Category, Double> copy = new EnumMap<>(Category.class);
    for (Map.Entry<Category, Double> entry : weights.entrySet()) {
      copy.put(entry.getKey(), checkWeight(Keys.weight(entry.getKey().code()), entry.getValue()));
    }
    weights = Collections.unmodifiableMap(copy);
    checkWeight(Keys.DEFAULT_WEIGHT, defaultWeight);
  }

  /**
   * The default rule: the weights in {@code docs/screening-scoring.md}, a default weight of {@value
   * #DEFAULT_WEIGHT} and the thresholds 40 / 70 / 90.
   */
  public static ScoringRule defaults() {
    return DEFAULTS;
  }

  /**
   * The default rule with these weights (by category code, e.g. {@code gambling}) put over the
   * default weights, this default weight ({@value #DEFAULT_WEIGHT} when {@code null}) and these
   * thresholds. Fed from the configuration keys {@code screening.weights.<category-code>}, {@code
   * screening.default-weight} and {@code screening.thresholds.*}.
   *
   * @throws IllegalArgumentException naming the key, for an unknown category code or a weight that
   *     is missing, not a number or outside 0.0–1.0
   */
  public static ScoringRule of(
      Map<String, Double> weightsByCode, @Nullable Double defaultWeight, Thresholds thresholds) {
    EnumMap<Category, Double> weights = new EnumMap<>(DefaultWeights.WEIGHTS);
    weights.putAll(Keys.categoryWeights(weightsByCode));
    return new ScoringRule(
        weights, defaultWeight == null ? DEFAULT_WEIGHT : defaultWeight, thresholds);
  }

  /** The weight of a category: its own, else its nearest ancestor's, else the default weight. */
  public double weight(Category category) {
    for (Optional<Category> c = Optional.of(category); c.isPresent(); c = c.get().parent()) {
      Double own = weights.get(c.get());
      if (own != null) {
        return own;
      }
    }
    return defaultWeight;
  }

  /** The highest weight among these categories (the default weight for none). */
  public double weight(Set<Category> categories) {
    if (categories.isEmpty()) {
      return defaultWeight;
    }
    double max = 0;
    for (Category category : categories) {
      max = Math.max(max, weight(category));
    }
    return max;
  }

  /** The score of these hits, of one event or of one screened item; {@link Score#NONE} for none. */
  public Score score(Collection<ScreeningHit> hits) {
    if (hits.isEmpty()) {
      return Score.NONE;
    }
    int value = NoisyOr.score(hits, this);
    return value == 0 ? Score.NONE : new Score(value, thresholds.level(value));
  }

  private static double checkWeight(String key, @Nullable Double weight) {
    if (weight == null || weight.isNaN() || weight < 0.0 || weight > 1.0) {
      throw new IllegalArgumentException(key + " must be a number from 0.0 to 1.0, was " + weight);
    }
    return weight;
  }
}
