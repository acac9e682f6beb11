package org.mekong.core.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CategoryTest {

  private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[a-z]+(-[a-z]+)*)*");

  @Test
  void theTaxonomyHasTheAgreedCodes() {
    assertThat(Category.codes())
        .containsExactly(
            "fraud",
            "fraud.impersonation",
            "fraud.impersonation.authority",
            "fraud.impersonation.acquaintance",
            "fraud.customer-service",
            "fraud.loan",
            "fraud.investment",
            "fraud.romance",
            "fraud.job-task",
            "fraud.ecommerce",
            "fraud.phishing",
            "gambling",
            "money-mule",
            "recruitment-lure",
            "calling-infrastructure",
            "crypto-laundering",
            "sanctioned");
  }

  @Test
  void everyCodeIsWellFormedAndEveryPrefixIsACategory() {
    for (Category category : Category.values()) {
      assertThat(category.code()).matches(CODE);
      assertThat(category.label()).isNotBlank();
      assertThat(category.description()).isNotBlank().doesNotContain("\n");
      int dot = category.code().lastIndexOf('.');
      if (dot > 0) {
        assertThat(category.parent().map(Category::code))
            .as("parent of %s", category.code())
            .contains(category.code().substring(0, dot));
      } else {
        assertThat(category.parent()).isEmpty();
      }
    }
  }

  @Test
  void aCategoryCoversItselfAndItsDescendantsOnly() {
    assertThat(Category.FRAUD.covers(Category.FRAUD_LOAN)).isTrue();
    assertThat(Category.FRAUD.covers(Category.FRAUD_IMPERSONATION_AUTHORITY)).isTrue();
    assertThat(Category.FRAUD_IMPERSONATION.covers(Category.FRAUD_IMPERSONATION_ACQUAINTANCE))
        .isTrue();
    assertThat(Category.FRAUD_LOAN.covers(Category.FRAUD_LOAN)).isTrue();
    assertThat(Category.FRAUD_LOAN.covers(Category.FRAUD)).isFalse();
    assertThat(Category.FRAUD_IMPERSONATION.covers(Category.FRAUD_INVESTMENT)).isFalse();
    assertThat(Category.FRAUD.covers(Category.MONEY_MULE)).isFalse();
    assertThat(Category.FRAUD.covers(Category.GAMBLING)).isFalse();
  }

  @Test
  void coveringFollowsTheParentChain() {
    for (Category ancestor : Category.values()) {
      for (Category category : Category.values()) {
        boolean onChain = false;
        for (Category step = category; ; step = step.parent().orElseThrow()) {
          if (step == ancestor) {
            onChain = true;
            break;
          }
          if (step.parent().isEmpty()) {
            break;
          }
        }
        assertThat(ancestor.covers(category))
            .as("%s covers %s", ancestor.code(), category.code())
            .isEqualTo(onChain);
      }
    }
  }

  @Test
  void lookupFindsEveryCode() {
    for (Category category : Category.values()) {
      assertThat(Category.fromCode(category.code())).isEqualTo(new CategoryLookup.Found(category));
    }
  }

  @Test
  void unknownCodesAreRejectedWithTheValidCodes() {
    for (String code :
        List.of("", "FRAUD", "fraud.", "fraud.loans", "scam", "fraud_loan", " fraud")) {
      CategoryLookup lookup = Category.fromCode(code);
      assertThat(lookup).as(code).isInstanceOf(CategoryLookup.Unknown.class);
      CategoryLookup.Unknown unknown = (CategoryLookup.Unknown) lookup;
      assertThat(unknown.code()).isEqualTo(code);
      assertThat(unknown.validCodes()).isEqualTo(Category.codes());
      assertThat(unknown.message()).contains("fraud.loan", "sanctioned");
    }
    assertThat(Arrays.asList(Category.values())).hasSize(Category.codes().size());
  }
}
