package org.mekong.core.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mekong.core.sharing.SharingWorld.CN_MPS;
import static org.mekong.core.sharing.SharingWorld.CN_TELCO;
import static org.mekong.core.sharing.SharingWorld.COMMUNITY;
import static org.mekong.core.sharing.SharingWorld.KH_POLICE;
import static org.mekong.core.sharing.SharingWorld.MM_POLICE;
import static org.mekong.core.sharing.SharingWorld.POLICY;
import static org.mekong.core.sharing.SharingWorld.TH_AMLO;
import static org.mekong.core.sharing.SharingWorld.TH_BANK;
import static org.mekong.core.sharing.SharingWorld.TH_CCIB;
import static org.mekong.core.sharing.SharingWorld.TH_IMM;
import static org.mekong.core.sharing.SharingWorld.TH_TELCO;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;

class SharingPolicyTest {

  private static SharedObject object(Tlp tlp, Set<AgencyId> recipients, Category... categories) {
    return object(tlp, Handling.NONE, recipients, categories);
  }

  private static SharedObject object(
      Tlp tlp, Handling handling, Set<AgencyId> recipients, Category... categories) {
    return new SharedObject(
        TH_CCIB.id(),
        new Marking(tlp, handling, Evaluation.UNJUDGED, recipients),
        Set.of(categories));
  }

  @Test
  void anAgencyAlwaysSeesItsOwnEvenRedThatDoesNotNameIt() {
    SharedObject red = object(Tlp.RED, Set.of(CN_MPS.id()), Category.FRAUD);

    assertThat(POLICY.access(TH_CCIB, red)).isEqualTo(new Access.Granted(Access.Ground.OWN));
    assertThat(POLICY.withholdOriginator(TH_CCIB, red)).isFalse();
  }

  @Test
  void denialsSayWhyForTheLogs() {
    assertThat(POLICY.access(KH_POLICE, object(Tlp.GREEN, Set.of(), Category.FRAUD)))
        .isEqualTo(new Access.Denied(Access.Refusal.OUTSIDE_COMMUNITY));
    assertThat(POLICY.access(CN_MPS, object(Tlp.RED, Set.of(MM_POLICE.id()), Category.FRAUD)))
        .isEqualTo(new Access.Denied(Access.Refusal.NOT_NAMED));
    assertThat(POLICY.access(MM_POLICE, object(Tlp.AMBER, Set.of(), Category.FRAUD)))
        .isEqualTo(new Access.Denied(Access.Refusal.NO_AGREEMENT));
    assertThat(POLICY.access(TH_AMLO, object(Tlp.AMBER_STRICT, Set.of(), Category.MONEY_MULE)))
        .isEqualTo(new Access.Denied(Access.Refusal.LEVEL_ABOVE_AGREEMENT));
    assertThat(
            POLICY.access(
                TH_TELCO, object(Tlp.AMBER_STRICT, Set.of(), Category.CALLING_INFRASTRUCTURE)))
        .isEqualTo(new Access.Denied(Access.Refusal.CLIENTS_EXCLUDED));
  }

  @Test
  void anAgencyUnknownToTheNodeSeesOnlyClearEvenWhenNamed() {
    for (Tlp tlp : List.of(Tlp.AMBER, Tlp.AMBER_STRICT, Tlp.RED)) {
      assertThat(POLICY.access(KH_POLICE, object(tlp, Set.of(KH_POLICE.id()), Category.GAMBLING)))
          .as(tlp.code())
          .isEqualTo(new Access.Denied(Access.Refusal.OUTSIDE_COMMUNITY));
    }
    assertThat(POLICY.access(KH_POLICE, object(Tlp.CLEAR, Set.of(), Category.GAMBLING)))
        .isEqualTo(new Access.Granted(Access.Ground.PUBLIC));
  }

  @Test
  void regressionGreenCombinedWithStrictNamingAnOutsiderDoesNotReachTheOutsider() {
    Marking green = Marking.of(Tlp.GREEN);
    Marking strictToOutsider =
        new Marking(Tlp.AMBER_STRICT, Handling.NONE, Evaluation.UNJUDGED, Set.of(KH_POLICE.id()));
    Marking combined = Marking.strictest(green, strictToOutsider).markingFor(Set.of(TH_CCIB.id()));

    assertThat(POLICY.access(KH_POLICE, new SharedObject(TH_CCIB.id(), combined, Set.of())))
        .isEqualTo(new Access.Denied(Access.Refusal.OUTSIDE_COMMUNITY));
  }

  @Test
  void immigrationAndConsularRecipientsDoNotPassAmberToClients() {
    SharedObject lure = object(Tlp.AMBER, Set.of(), Category.RECRUITMENT_LURE);

    assertThat(POLICY.access(TH_IMM, lure)).isEqualTo(new Access.Granted(Access.Ground.AGREEMENT));
    assertThat(POLICY.access(TH_TELCO, lure))
        .isEqualTo(new Access.Denied(Access.Refusal.NO_AGREEMENT));
  }

  @Test
  void handlingDoesNotChangeWhoSeesOnTheNode() {
    Handling h1h2 = Handling.of(HandlingCode.NO_JUDICIAL_USE, HandlingCode.NO_ONWARD_SHARING);
    for (Tlp tlp : List.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT)) {
      SharedObject plain = object(tlp, Set.of(), Category.MONEY_MULE);
      SharedObject restricted = object(tlp, h1h2, Set.of(), Category.MONEY_MULE);
      assertThat(POLICY.audience(restricted)).as(tlp.code()).isEqualTo(POLICY.audience(plain));
    }
  }

  @Test
  void onlyTheOriginatorPassesOnWhatTheMarkingKeepsAtTheReceivingNode() {
    SharedObject amber = object(Tlp.AMBER, Set.of(), Category.FRAUD_LOAN);
    SharedObject green = object(Tlp.GREEN, Set.of(), Category.FRAUD_LOAN);
    SharedObject greenH2 =
        object(Tlp.GREEN, Handling.of(HandlingCode.NO_ONWARD_SHARING), Set.of(), Category.FRAUD);
    SharedObject red = object(Tlp.RED, Set.of(CN_MPS.id(), MM_POLICE.id()), Category.FRAUD);

    assertThat(POLICY.mayReshareTo(TH_CCIB.id(), CN_MPS, amber))
        .isEqualTo(new Access.Granted(Access.Ground.AGREEMENT));
    assertThat(POLICY.mayReshareTo(CN_MPS.id(), MM_POLICE, amber))
        .isEqualTo(new Access.Denied(Access.Refusal.ONWARD_SHARING_FORBIDDEN));
    assertThat(POLICY.mayReshareTo(CN_MPS.id(), MM_POLICE, red))
        .as("a red recipient does not pass red on, even to another named recipient")
        .isEqualTo(new Access.Denied(Access.Refusal.ONWARD_SHARING_FORBIDDEN));
    assertThat(POLICY.mayReshareTo(CN_MPS.id(), MM_POLICE, green))
        .isEqualTo(new Access.Granted(Access.Ground.COMMUNITY));
    assertThat(POLICY.mayReshareTo(CN_MPS.id(), KH_POLICE, green))
        .isEqualTo(new Access.Denied(Access.Refusal.OUTSIDE_COMMUNITY));
    assertThat(POLICY.mayReshareTo(CN_MPS.id(), MM_POLICE, greenH2))
        .isEqualTo(new Access.Denied(Access.Refusal.ONWARD_SHARING_FORBIDDEN));
    assertThat(POLICY.mayReshareTo(TH_CCIB.id(), MM_POLICE, greenH2))
        .isEqualTo(new Access.Granted(Access.Ground.COMMUNITY));
  }

  @Test
  void screeningClientsLearnTheOriginatorOnlyWhenNamedOrTheLevelIsClearOrGreen() {
    SharedObject amberMule = object(Tlp.AMBER, Set.of(), Category.MONEY_MULE);
    assertThat(POLICY.access(TH_BANK, amberMule))
        .isEqualTo(new Access.Granted(Access.Ground.CLIENT_OF_RECIPIENT));
    assertThat(POLICY.withholdOriginator(TH_BANK, amberMule)).isTrue();

    SharedObject namedBank = object(Tlp.AMBER, Set.of(TH_BANK.id()), Category.MONEY_MULE);
    assertThat(POLICY.withholdOriginator(TH_BANK, namedBank)).isFalse();
    assertThat(POLICY.withholdOriginator(CN_TELCO, object(Tlp.GREEN, Set.of(), Category.FRAUD)))
        .isFalse();
    assertThat(POLICY.withholdOriginator(TH_AMLO, amberMule)).isFalse();
  }

  @Test
  void anObjectWithoutCategoriesReachesOnlyNamedRecipientsAtAmber() {
    SharedObject uncategorised = new SharedObject(TH_CCIB.id(), Marking.of(Tlp.AMBER), Set.of());

    assertThat(POLICY.audience(uncategorised)).containsExactly(TH_CCIB.id());
  }

  @Test
  void anAgencyListedTwiceInTheCommunityIsABug() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new SharingPolicy(List.of(CN_MPS, CN_MPS), List.of()));
    assertThat(new SharingPolicy(COMMUNITY, List.of()).audience(object(Tlp.GREEN, Set.of())))
        .hasSize(COMMUNITY.size());
  }

  @Test
  void aDerivedObjectReachesOnlyThoseWhoSeeEverySource() {
    SharedObject mule = object(Tlp.AMBER, Set.of(), Category.MONEY_MULE);
    SharedObject fraud = object(Tlp.AMBER, Set.of(), Category.FRAUD_INVESTMENT);
    Marking combined =
        Marking.strictest(mule.marking(), fraud.marking()).markingFor(Set.of(TH_CCIB.id()));
    SharedObject derived =
        new SharedObject(
            TH_CCIB.id(), combined, Set.of(Category.MONEY_MULE, Category.FRAUD_INVESTMENT));

    assertThat(POLICY.access(CN_MPS, derived).isGranted())
        .as("the union of categories alone would let cn-mps see money-mule content")
        .isTrue();
    assertThat(POLICY.accessDerived(CN_MPS, derived, List.of(mule, fraud)))
        .isEqualTo(new Access.Denied(Access.Refusal.NO_AGREEMENT));
    assertThat(POLICY.accessDerived(TH_CCIB, derived, List.of(mule, fraud)))
        .isEqualTo(new Access.Granted(Access.Ground.OWN));
    assertThat(POLICY.accessDerived(TH_AMLO, derived, List.of(mule)))
        .isEqualTo(new Access.Granted(Access.Ground.AGREEMENT));
  }

  @Test
  void theKindTheNodeKnowsCountsNotTheOneTheViewerCarries() {
    Agency telcoAsPolice =
        new Agency(TH_TELCO.id(), "th-telco", TH_TELCO.country(), AgencyKind.LAW_ENFORCEMENT);

    assertThat(
            POLICY.access(
                telcoAsPolice, object(Tlp.AMBER_STRICT, Set.of(), Category.CALLING_INFRASTRUCTURE)))
        .isEqualTo(new Access.Denied(Access.Refusal.CLIENTS_EXCLUDED));
  }
}
