package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.SightingKind;
import org.mekong.core.marking.Tlp;
import org.mekong.core.sharing.Access;
import org.mekong.core.sharing.SharedObject;
import org.mekong.core.sharing.SharingAgreement;
import org.mekong.core.sharing.SharingPolicy;

class PlantedCasesAndSightingsTest {

  private static final long SEED = 7L;
  private static final SharingPolicy POLICY =
      new SharingPolicy(SyntheticWorld.agencies(), SyntheticWorld.agreements());
  private static final Map<AgencyId, Agency> AGENCIES =
      SyntheticWorld.agencies().stream().collect(Collectors.toMap(Agency::id, Function.identity()));

  @Test
  void theWorldStartsWithItsPlantedCases() {
    PlantedCases planted = SyntheticWorld.planted(SEED);
    assertThat(SyntheticWorld.generate(SEED, 1_000).limit(PlantedCases.SIZE).toList())
        .isEqualTo(planted.all());
    assertThat(planted.selectors()).hasSize(PlantedCases.SIZE);
    PlantedCases other = PlantedCases.of(SEED + 1);
    assertThat(other.selectors()).isNotEqualTo(planted.selectors());
    assertThat(other.callCentrePhones().stream().map(PublishedItem::selector))
        .doesNotContainAnyElementsOf(
            planted.callCentrePhones().stream().map(PublishedItem::selector).toList());
  }

  @Test
  void plantedCasesAreWhatTheScreeningDemoExpects() {
    PlantedCases planted = PlantedCases.of(SEED);
    assertThat(planted.callCentrePhones())
        .allSatisfy(
            item -> {
              assertThat(item.originator()).isEqualTo(SyntheticWorld.CN_MPS_AFC);
              assertThat(item.draft().categories())
                  .containsExactly(Category.FRAUD_IMPERSONATION_AUTHORITY);
              assertThat(item.draft().marking().tlp()).isEqualTo(Tlp.AMBER);
              assertThat(item.selector().canonical()).startsWith("+66");
            });
    assertThat(planted.muleAccounts())
        .allSatisfy(
            item -> {
              assertThat(item.originator()).isEqualTo(SyntheticWorld.TH_AMLO);
              assertThat(item.draft().categories()).containsExactly(Category.MONEY_MULE);
              assertThat(item.selector().canonical()).startsWith("TH:");
            });
    assertThat(planted.gamblingDomains())
        .allSatisfy(
            item -> {
              assertThat(item.originator()).isEqualTo(SyntheticWorld.TH_CCIB);
              assertThat(item.draft().categories()).containsExactly(Category.GAMBLING);
            });
  }

  @Test
  void theThaiOperatorSeesEveryPlantedCaseAndNotWhoPublishedTheCallCentre() {
    Agency operator = agency(SyntheticWorld.TH_CHAOPHRAYA_MOBILE);
    for (PublishedItem item : PlantedCases.of(SEED).all()) {
      SharedObject object = shared(item);
      assertThat(POLICY.access(operator, object).isGranted()).as(item.toString()).isTrue();
    }
    PublishedItem phone = PlantedCases.of(SEED).callCentrePhones().get(0);
    assertThat(POLICY.withholdOriginator(operator, shared(phone))).isTrue();
  }

  @Test
  void agreementsJoinDemoAgenciesAndNeverStartAtAScreeningClient() {
    List<SharingAgreement> agreements = SyntheticWorld.agreements();
    assertThat(agreements).hasSize(13);
    for (SharingAgreement agreement : agreements) {
      assertThat(AGENCIES).containsKeys(agreement.from(), agreement.to());
      assertThat(agency(agreement.from()).kind()).isNotEqualTo(AgencyKind.SCREENING_CLIENT);
    }
    assertThat(SyntheticWorld.PUBLISHERS)
        .doesNotContain(SyntheticWorld.TH_CHAOPHRAYA_MOBILE, SyntheticWorld.TH_MEKHALA_BANK);
    assertThat(agreements)
        .contains(
            new SharingAgreement(
                SyntheticWorld.TH_AMLO,
                SyntheticWorld.TH_MEKHALA_BANK,
                EnumSet.of(Category.MONEY_MULE, Category.CRYPTO_LAUNDERING),
                Tlp.AMBER),
            new SharingAgreement(
                SyntheticWorld.TH_CCIB,
                SyntheticWorld.TH_MEKHALA_BANK,
                EnumSet.of(Category.FRAUD),
                Tlp.AMBER));
  }

  @Test
  void theBankSeesThePlantedMuleAccountsAndCallCentreButNotWhoPublishedThem() {
    Agency bank = agency(SyntheticWorld.TH_MEKHALA_BANK);
    assertThat(bank.kind()).isEqualTo(AgencyKind.SCREENING_CLIENT);
    PlantedCases planted = PlantedCases.of(SEED);
    for (PublishedItem item : planted.all()) {
      assertThat(POLICY.access(bank, shared(item)).isGranted()).as(item.toString()).isTrue();
    }
    assertThat(POLICY.withholdOriginator(bank, shared(planted.muleAccounts().get(0)))).isTrue();
  }

  @Test
  void sightingsAreReproducibleAndReportedByAgenciesThatSeeTheItem() {
    List<PublishedItem> world = SyntheticWorld.generate(SEED, 5_000).toList();
    List<PlannedSighting> sightings = SyntheticWorld.sightings(SEED, 5_000).toList();
    assertThat(SyntheticWorld.sightings(SEED, 5_000).toList()).isEqualTo(sightings);
    assertThat(SyntheticWorld.sightings(SEED + 1, 5_000).toList()).isNotEqualTo(sightings);
    assertThat(sightings).hasSizeGreaterThan(300);
    Set<SightingKind> kinds = EnumSet.noneOf(SightingKind.class);
    for (PlannedSighting sighting : sightings) {
      PublishedItem item = world.get((int) sighting.itemIndex());
      assertThat(sighting.selector()).isEqualTo(item.selector());
      assertThat(sighting.originator()).isEqualTo(item.originator());
      assertThat(sighting.reporter()).isNotEqualTo(item.originator());
      Access access = POLICY.access(agency(sighting.reporter()), shared(item));
      assertThat(access.isGranted()).as(sighting.toString()).isTrue();
      assertThat(sighting.observedAt()).isBeforeOrEqualTo(SyntheticWorld.DEFAULT_ANCHOR);
      kinds.add(sighting.kind());
    }
    assertThat(kinds).isEqualTo(EnumSet.allOf(SightingKind.class));
    assertThat(sightings).anyMatch(PlannedSighting::anonymous).anyMatch(s -> !s.anonymous());
    assertThat(sightings).anyMatch(s -> s.reporter().equals(SyntheticWorld.TH_CHAOPHRAYA_MOBILE));
  }

  private static Agency agency(AgencyId id) {
    return SyntheticWorld.agencies().stream()
        .filter(agency -> agency.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static SharedObject shared(PublishedItem item) {
    return new SharedObject(item.originator(), item.draft().marking(), item.draft().categories());
  }
}
