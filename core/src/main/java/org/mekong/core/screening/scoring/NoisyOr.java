package org.mekong.core.screening.scoring;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.ScreeningHit;

/** The noisy-OR of the hits' weighted confidences, one term per distinct indicator. */
final class NoisyOr {

  private NoisyOr() {}

  static int score(Collection<ScreeningHit> hits, ScoringRule rule) {
    Map<IndicatorId, Double> byIndicator = new HashMap<>();
    for (ScreeningHit hit : hits) {
      ScreeningEntry entry = hit.entry();
      double p = rule.weight(entry.categories()) * entry.confidence() / 100.0;
      byIndicator.merge(entry.indicator(), p, Math::max);
    }
    double[] terms = byIndicator.values().stream().mapToDouble(Double::doubleValue).toArray();
    // a fixed order makes the floating-point product, hence the rounding, independent of the
    // order in which hits arrive
    Arrays.sort(terms);
    double none = 1.0;
    for (double p : terms) {
      none *= 1.0 - p;
    }
    long value = Math.round(100.0 * (1.0 - none));
    return (int) Math.max(0, Math.min(100, value));
  }
}
