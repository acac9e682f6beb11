package org.mekong.core.marking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.AgencyId;

class MarkingTest {

  private static final AgencyId CN_MPS = new AgencyId("cn-mps");
  private static final AgencyId TH_CCIB = new AgencyId("th-ccib");
  private static final AgencyId MM_POLICE = new AgencyId("mm-police");
  private static final Evaluation B2 = Evaluation.fromCode("B2").orElseThrow();

  private static Marking marking(Tlp tlp, AgencyId... recipients) {
    return new Marking(tlp, Handling.NONE, B2, Set.of(recipients));
  }

  @Test
  void redWithoutRecipientsIsRejectedAtConstruction() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> marking(Tlp.RED))
        .withMessageContaining("TLP:RED names at least one recipient");
    assertThat(Marking.check(Tlp.RED, Handling.NONE, B2, Set.of()))
        .isEqualTo(new MarkingCheck.Invalid("TLP:RED names at least one recipient agency"));
    assertThatIllegalArgumentException().isThrownBy(() -> Marking.of(Tlp.RED));
  }

  @Test
  void clearAndGreenNameNoRecipients() {
    for (Tlp tlp : List.of(Tlp.CLEAR, Tlp.GREEN)) {
      assertThatIllegalArgumentException().isThrownBy(() -> marking(tlp, CN_MPS));
      assertThat(Marking.check(tlp, Handling.NONE, B2, Set.of(CN_MPS)))
          .isInstanceOf(MarkingCheck.Invalid.class);
      assertThat(Marking.check(tlp, Handling.NONE, B2, Set.of()))
          .isEqualTo(new MarkingCheck.Valid(marking(tlp)));
    }
  }

  @Test
  void amberMayOrMayNotNameRecipients() {
    for (Tlp tlp : List.of(Tlp.AMBER, Tlp.AMBER_STRICT)) {
      assertThat(marking(tlp).recipients()).isEmpty();
      assertThat(marking(tlp, MM_POLICE, CN_MPS).recipients()).containsExactly(CN_MPS, MM_POLICE);
    }
  }

  @Test
  void recipientsIterateInIdOrderAndCannotBeChanged() {
    Marking red = marking(Tlp.RED, TH_CCIB, CN_MPS, MM_POLICE);
    assertThat(red.recipients()).containsExactly(CN_MPS, MM_POLICE, TH_CCIB);
    assertThat(red).isEqualTo(marking(Tlp.RED, MM_POLICE, TH_CCIB, CN_MPS));
    assertThat(red.names(CN_MPS)).isTrue();
    org.assertj.core.api.Assertions.assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> red.recipients().add(new AgencyId("kh-police")));
  }

  @Test
  void onlyClearAndGreenWithoutH2MayBeSharedOnward() {
    assertThat(marking(Tlp.CLEAR).onwardSharingAllowed()).isTrue();
    assertThat(marking(Tlp.GREEN).onwardSharingAllowed()).isTrue();
    assertThat(marking(Tlp.AMBER).onwardSharingAllowed()).isFalse();
    assertThat(marking(Tlp.AMBER_STRICT).onwardSharingAllowed()).isFalse();
    assertThat(marking(Tlp.RED, CN_MPS).onwardSharingAllowed()).isFalse();
    Marking greenH2 =
        new Marking(Tlp.GREEN, Handling.of(HandlingCode.NO_ONWARD_SHARING), B2, Set.of());
    assertThat(greenH2.onwardSharingAllowed()).isFalse();
    Marking clearH1 =
        new Marking(Tlp.CLEAR, Handling.of(HandlingCode.NO_JUDICIAL_USE), B2, Set.of());
    assertThat(clearH1.onwardSharingAllowed()).isTrue();
  }

  @Test
  void mergeTakesStricterTlpEveryRestrictionAndWeakerEvaluation() {
    Marking a =
        new Marking(
            Tlp.GREEN,
            Handling.of(HandlingCode.NO_JUDICIAL_USE),
            Evaluation.fromCode("A3").orElseThrow(),
            Set.of());
    Marking b =
        new Marking(
            Tlp.AMBER,
            Handling.of(new HandlingCode.H3("only for the task force")),
            Evaluation.fromCode("C1").orElseThrow(),
            Set.of(CN_MPS));

    Merged merged = Marking.strictest(a, b);

    assertThat(merged)
        .isEqualTo(
            new Merged.Marked(
                new Marking(
                    Tlp.AMBER,
                    Handling.of(
                        HandlingCode.NO_JUDICIAL_USE,
                        new HandlingCode.H3("only for the task force")),
                    Evaluation.fromCode("C3").orElseThrow(),
                    Set.of(CN_MPS))));
  }

  @Test
  void mergeIntersectsRecipientsWhereBothRestrict() {
    assertThat(Marking.strictest(marking(Tlp.RED, CN_MPS, MM_POLICE), marking(Tlp.RED, MM_POLICE)))
        .isEqualTo(new Merged.Marked(marking(Tlp.RED, MM_POLICE)));
    assertThat(Marking.strictest(marking(Tlp.RED, CN_MPS), marking(Tlp.AMBER, CN_MPS, MM_POLICE)))
        .isEqualTo(new Merged.Marked(marking(Tlp.RED, CN_MPS)));
    assertThat(Marking.strictest(marking(Tlp.AMBER, CN_MPS), marking(Tlp.AMBER)))
        .as("an AMBER input without named recipients adds nobody, so neither does the result")
        .isEqualTo(new Merged.Marked(marking(Tlp.AMBER)));
    assertThat(Marking.strictest(marking(Tlp.AMBER_STRICT, CN_MPS), marking(Tlp.GREEN)))
        .isEqualTo(new Merged.Marked(marking(Tlp.AMBER_STRICT, CN_MPS)));
  }

  @Test
  void redWithNoCommonRecipientIsForTheOriginatorsOnly() {
    Merged merged = Marking.strictest(marking(Tlp.RED, CN_MPS), marking(Tlp.RED, MM_POLICE));

    assertThat(merged).isEqualTo(new Merged.OriginatorsOnly(Handling.NONE, B2));
    assertThat(merged.tlp()).isEqualTo(Tlp.RED);
    assertThat(merged.markingFor(Set.of(TH_CCIB, CN_MPS)))
        .isEqualTo(marking(Tlp.RED, TH_CCIB, CN_MPS));
    assertThat(Marking.strictest(marking(Tlp.RED, CN_MPS), marking(Tlp.AMBER)))
        .isInstanceOf(Merged.OriginatorsOnly.class);
    assertThat(merged.and(marking(Tlp.RED, CN_MPS, MM_POLICE)))
        .as("no recipient can come back once the audience is empty")
        .isInstanceOf(Merged.OriginatorsOnly.class);
  }

  @Test
  void mergingNothingIsABug() {
    assertThatIllegalArgumentException().isThrownBy(() -> Marking.strictest(List.of()));
  }
}
