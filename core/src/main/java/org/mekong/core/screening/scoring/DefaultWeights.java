package org.mekong.core.screening.scoring;

import java.util.EnumMap;
import java.util.Map;
import org.mekong.core.category.Category;

/**
 * The default category weights; the reasons are in {@code docs/screening-scoring.md}. Every root
 * category has a weight, so the default weight only applies to categories added later.
 */
final class DefaultWeights {

  static final Map<Category, Double> WEIGHTS = weights();

  private DefaultWeights() {}

  private static Map<Category, Double> weights() {
    Map<Category, Double> w = new EnumMap<>(Category.class);
    w.put(Category.FRAUD_IMPERSONATION_AUTHORITY, 1.0);
    w.put(Category.SANCTIONED, 1.0);
    w.put(Category.FRAUD, 0.9);
    w.put(Category.FRAUD_PHISHING, 0.9);
    w.put(Category.MONEY_MULE, 0.9);
    w.put(Category.CRYPTO_LAUNDERING, 0.8);
    w.put(Category.CALLING_INFRASTRUCTURE, 0.8);
    w.put(Category.RECRUITMENT_LURE, 0.7);
    w.put(Category.GAMBLING, 0.6);
    return w;
  }
}
