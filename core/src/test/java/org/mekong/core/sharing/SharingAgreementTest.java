package org.mekong.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Tlp;

class SharingAgreementTest {

  private static final AgencyId CCIB = new AgencyId("th-ccib");
  private static final AgencyId MPS = new AgencyId("cn-mps");

  @Test
  void anAgreementWithItselfIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SharingAgreement(CCIB, CCIB, Set.of(Category.FRAUD)))
        .withMessageContaining("itself");
    assertThat(SharingAgreement.check(CCIB, CCIB, List.of("fraud"), Optional.empty()))
        .isEqualTo(
            new AgreementCheck.Invalid(
                "an agency does not make an agreement with itself: th-ccib"));
  }

  @Test
  void unknownCategoryCodesAreRejectedWithTheValidOnes() {
    AgreementCheck check =
        SharingAgreement.check(CCIB, MPS, List.of("fraud", "scam", "FRAUD.LOAN"), Optional.empty());

    assertThat(check).isInstanceOf(AgreementCheck.Invalid.class);
    assertThat(((AgreementCheck.Invalid) check).reason())
        .startsWith("unknown categories [scam, FRAUD.LOAN]; valid categories: fraud, ")
        .contains("fraud.loan", "sanctioned");
  }

  @Test
  void anAgreementNamesACategory() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SharingAgreement(CCIB, MPS, Set.of()));
    assertThat(SharingAgreement.check(CCIB, MPS, List.of(), Optional.empty()))
        .isEqualTo(new AgreementCheck.Invalid("an agreement names at least one category"));
  }

  @Test
  void anAgreementCoversAmberOrAmberStrictOnly() {
    for (Tlp level : List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.RED)) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new SharingAgreement(CCIB, MPS, Set.of(Category.FRAUD), level));
      assertThat(SharingAgreement.check(CCIB, MPS, List.of("fraud"), Optional.of(level)))
          .isInstanceOf(AgreementCheck.Invalid.class);
    }
    assertThat(SharingAgreement.check(CCIB, MPS, List.of("fraud", "money-mule"), Optional.empty()))
        .isEqualTo(
            new AgreementCheck.Valid(
                new SharingAgreement(
                    CCIB, MPS, Set.of(Category.FRAUD, Category.MONEY_MULE), Tlp.AMBER_STRICT)));
  }

  @Test
  void aCategoryCoversItsSubCategoriesUpToTheAgreedLevel() {
    SharingAgreement fraudUpToAmber =
        new SharingAgreement(CCIB, MPS, Set.of(Category.FRAUD), Tlp.AMBER);

    assertThat(fraudUpToAmber.covers(Set.of(Category.FRAUD_LOAN), Tlp.AMBER)).isTrue();
    assertThat(fraudUpToAmber.covers(Set.of(Category.FRAUD_IMPERSONATION_AUTHORITY), Tlp.AMBER))
        .isTrue();
    assertThat(fraudUpToAmber.covers(Set.of(Category.GAMBLING, Category.FRAUD_LOAN), Tlp.AMBER))
        .as("one covered category is enough")
        .isTrue();
    assertThat(fraudUpToAmber.covers(Set.of(Category.FRAUD_LOAN), Tlp.AMBER_STRICT)).isFalse();
    assertThat(fraudUpToAmber.covers(Set.of(Category.GAMBLING), Tlp.AMBER)).isFalse();
    assertThat(fraudUpToAmber.covers(Set.of(), Tlp.AMBER)).isFalse();
    SharingAgreement loans = new SharingAgreement(CCIB, MPS, Set.of(Category.FRAUD_LOAN));
    assertThat(loans.covers(Set.of(Category.FRAUD), Tlp.AMBER))
        .as("a sub-category does not cover its parent")
        .isFalse();
  }
}
