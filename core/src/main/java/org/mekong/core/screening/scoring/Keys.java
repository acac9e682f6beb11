package org.mekong.core.screening.scoring;

import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;

/** The configuration keys of a scoring rule, and the reading of the weights keyed by code. */
final class Keys {

  static final String WEIGHTS = "screening.weights.";
  static final String DEFAULT_WEIGHT = "screening.default-weight";

  private Keys() {}

  static String weight(String code) {
    return WEIGHTS + code;
  }

  static Map<Category, Double> categoryWeights(Map<String, Double> weightsByCode) {
    Map<Category, Double> weights = new EnumMap<>(Category.class);
    for (Map.Entry<String, Double> entry : weightsByCode.entrySet()) {
      String code = entry.getKey();
      @Nullable Double weight = entry.getValue();
      switch (Category.fromCode(code)) {
        case CategoryLookup.Found found -> {
          if (weight == null) {
            throw new IllegalArgumentException(weight(code) + " has no value");
          }
          weights.put(found.category(), weight);
        }
        case CategoryLookup.Unknown unknown ->
            throw new IllegalArgumentException(weight(code) + ": " + unknown.message());
      }
    }
    return weights;
  }
}
