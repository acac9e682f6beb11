package org.mekong.core.names;

import java.util.Objects;

/**
 * The comparison of two names: a score in 0..1, whether it reaches {@link
 * NameComparator#THRESHOLD}, and a short text saying which tokens aligned and how.
 */
public record Comparison(double score, boolean match, String explanation) {

  public Comparison {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score %s is outside 0..1".formatted(score));
    }
    Objects.requireNonNull(explanation, "explanation");
    if (match != (score >= NameComparator.THRESHOLD)) {
      throw new IllegalArgumentException(
          "match %s disagrees with score %s and the threshold".formatted(match, score));
    }
  }
}
