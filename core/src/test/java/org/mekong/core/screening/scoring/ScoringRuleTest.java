package org.mekong.core.screening.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.category.Category;

class ScoringRuleTest {

  private final ScoringRule defaults = ScoringRule.defaults();

  @Test
  void aCategoryWithoutItsOwnWeightTakesItsNearestAncestors() {
    assertThat(defaults.weight(Category.FRAUD_IMPERSONATION_AUTHORITY)).isEqualTo(1.0);
    assertThat(defaults.weight(Category.FRAUD_IMPERSONATION_ACQUAINTANCE)).isEqualTo(0.9);
    assertThat(defaults.weight(Category.FRAUD_LOAN)).isEqualTo(0.9);
    assertThat(defaults.weight(Category.GAMBLING)).isEqualTo(0.6);
    ScoringRule rule =
        ScoringRule.of(Map.of("fraud.impersonation", 0.95), null, Thresholds.DEFAULTS);
    assertThat(rule.weight(Category.FRAUD_IMPERSONATION_ACQUAINTANCE)).isEqualTo(0.95);
    assertThat(rule.weight(Category.FRAUD_IMPERSONATION_AUTHORITY)).isEqualTo(1.0);
    assertThat(rule.weight(Category.FRAUD_LOAN)).isEqualTo(0.9);
  }

  @Test
  void aCategoryWithNoWeightOnItsPathTakesTheDefaultWeight() {
    ScoringRule rule = new ScoringRule(Map.of(Category.FRAUD_LOAN, 0.3), 0.25, Thresholds.DEFAULTS);
    assertThat(rule.weight(Category.FRAUD_LOAN)).isEqualTo(0.3);
    assertThat(rule.weight(Category.FRAUD)).isEqualTo(0.25);
    assertThat(rule.weight(Category.FRAUD_INVESTMENT)).isEqualTo(0.25);
    assertThat(rule.weight(Category.SANCTIONED)).isEqualTo(0.25);
  }

  @Test
  void everyRootCategoryHasADefaultWeight() {
    for (Category category : Category.values()) {
      if (category.parent().isEmpty()) {
        assertThat(defaults.weights()).as(category.code()).containsKey(category);
      }
    }
    assertThat(defaults.defaultWeight()).isEqualTo(ScoringRule.DEFAULT_WEIGHT);
    assertThat(defaults.thresholds()).isEqualTo(Thresholds.DEFAULTS);
  }

  @Test
  void anIndicatorOfSeveralCategoriesWeighsAsItsHeaviest() {
    assertThat(defaults.weight(Set.of(Category.GAMBLING, Category.MONEY_MULE))).isEqualTo(0.9);
    assertThat(defaults.weight(Set.of(Category.GAMBLING))).isEqualTo(0.6);
  }

  @Test
  void configuredWeightsArePutOverTheDefaults() {
    ScoringRule rule =
        ScoringRule.of(Map.of("gambling", 0.3, "fraud.loan", 0.7), 0.4, new Thresholds(30, 60, 80));
    assertThat(rule.weight(Category.GAMBLING)).isEqualTo(0.3);
    assertThat(rule.weight(Category.FRAUD_LOAN)).isEqualTo(0.7);
    assertThat(rule.weight(Category.SANCTIONED)).isEqualTo(1.0);
    assertThat(rule.defaultWeight()).isEqualTo(0.4);
    assertThat(rule.thresholds().review()).isEqualTo(30);
    assertThat(ScoringRule.of(Map.of(), null, Thresholds.DEFAULTS)).isEqualTo(defaults);
  }

  @Test
  void anUnknownCategoryCodeIsRejectedNamingItsKeyAndTheValidCodes() {
    assertThatThrownBy(() -> ScoringRule.of(Map.of("fraud.bogus", 0.5), null, Thresholds.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("screening.weights.fraud.bogus")
        .hasMessageContaining("unknown category")
        .hasMessageContaining("fraud.impersonation.authority");
    assertThatThrownBy(() -> ScoringRule.of(Map.of("Gambling", 0.5), null, Thresholds.DEFAULTS))
        .hasMessageContaining("screening.weights.Gambling");
  }

  @Test
  void aWeightOutOfRangeIsRejectedNamingItsKey() {
    assertThatThrownBy(() -> ScoringRule.of(Map.of("gambling", 1.5), null, Thresholds.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("screening.weights.gambling must be a number from 0.0 to 1.0, was 1.5");
    assertThatThrownBy(() -> ScoringRule.of(Map.of("money-mule", -0.1), null, Thresholds.DEFAULTS))
        .hasMessageContaining("screening.weights.money-mule");
    assertThatThrownBy(
            () -> ScoringRule.of(Map.of("sanctioned", Double.NaN), null, Thresholds.DEFAULTS))
        .hasMessageContaining("screening.weights.sanctioned")
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> ScoringRule.of(Map.of(), 2.0, Thresholds.DEFAULTS))
        .hasMessageContaining("screening.default-weight");
    assertThatThrownBy(
            () ->
                new ScoringRule(
                    new EnumMap<>(Map.of(Category.FRAUD, -1.0)), 0.5, Thresholds.DEFAULTS))
        .hasMessageContaining("screening.weights.fraud ");
  }

  @Test
  void aKeyWithoutAValueIsRejectedNamingIt() {
    Map<String, Double> weights = new HashMap<>();
    weights.put("recruitment-lure", null);
    assertThatThrownBy(() -> ScoringRule.of(weights, null, Thresholds.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("screening.weights.recruitment-lure");
  }

  @Test
  void theRuleCannotBeChangedThroughItsWeights() {
    assertThatThrownBy(() -> defaults.weights().put(Category.GAMBLING, 0.0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
