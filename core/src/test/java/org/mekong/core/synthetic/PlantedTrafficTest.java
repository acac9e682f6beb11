package org.mekong.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.Selector;
import org.mekong.core.synthetic.SyntheticTrafficTest.Written;
import org.mekong.core.synthetic.TrafficScreening.Format;

/**
 * Screening a day of traffic against the watch lists that the sharing policy gives the operator and
 * the bank finds exactly the planted cases, as often as the truth says, and nothing else.
 */
class PlantedTrafficTest {

  private static final long[] SEEDS = {20_261_128L, 7L};
  private static final LocalDate DAY = LocalDate.of(2026, 10, 31);
  private static final int WORLD = 2_000;

  @Test
  void theOperatorFindsExactlyTheCallCentreInItsCalls() {
    for (long seed : SEEDS) {
      Written calls = SyntheticTrafficTest.write(SyntheticTraffic::callRecords, seed, DAY, 20_000);
      List<Selector> fields = TrafficScreening.fields(calls.text(), Format.CDR, CallRecords.HEADER);
      WatchList operator =
          TrafficScreening.visibleTo(
              SyntheticWorld.TH_CHAOPHRAYA_MOBILE, SyntheticWorld.generate(seed, WORLD));
      Map<Selector, Long> hits = TrafficScreening.screen(fields, operator);
      PlantedCases planted = PlantedCases.of(seed);
      assertThat(hits).as("seed %d", seed).isEqualTo(calls.truth().hits());
      assertThat(hits.keySet())
          .as("seed %d", seed)
          .isEqualTo(selectors(planted.callCentrePhones()));
      for (TrafficTruth.Planted number : calls.truth().planted()) {
        assertThat(number.hits()).as("seed %d %s", seed, number).isGreaterThanOrEqualTo(300);
        assertThat(number.counterparties())
            .as("seed %d %s", seed, number)
            .isGreaterThanOrEqualTo(200);
      }
      assertThat(calls.truth().hitRows()).isEqualTo(3_000);
    }
  }

  @Test
  void theBankFindsExactlyTheMuleAccountsInItsTransfers() {
    for (long seed : SEEDS) {
      Written transfers =
          SyntheticTrafficTest.write(SyntheticTraffic::transfers, seed, DAY, 50_000);
      List<Selector> fields =
          TrafficScreening.fields(transfers.text(), Format.TRANSFERS, Transfers.HEADER);
      WatchList bank =
          TrafficScreening.visibleTo(
              SyntheticWorld.TH_MEKHALA_BANK, SyntheticWorld.generate(seed, WORLD));
      Map<Selector, Long> hits = TrafficScreening.screen(fields, bank);
      assertThat(hits).as("seed %d", seed).isEqualTo(transfers.truth().hits());
      assertThat(hits.keySet()).isEqualTo(selectors(PlantedCases.of(seed).muleAccounts()));
      for (TrafficTruth.Planted mule : transfers.truth().planted()) {
        assertThat(mule.counterparties()).as("seed %d %s", seed, mule).isEqualTo(40);
        assertThat(mule.hits()).as("seed %d %s", seed, mule).isEqualTo(43);
      }
    }
  }

  @Test
  void webVisitsHitExactlyTheGamblingDomains() {
    for (long seed : SEEDS) {
      Written web = SyntheticTrafficTest.write(SyntheticTraffic::webVisits, seed, DAY, 20_000);
      List<Selector> fields = TrafficScreening.fields(web.text(), Format.URLS, WebVisits.HEADER);
      WatchList operator =
          TrafficScreening.visibleTo(
              SyntheticWorld.TH_CHAOPHRAYA_MOBILE, SyntheticWorld.generate(seed, WORLD));
      Map<Selector, Long> hits = TrafficScreening.screen(fields, operator);
      assertThat(hits).as("seed %d", seed).isEqualTo(web.truth().hits());
      assertThat(hits.keySet()).isEqualTo(selectors(PlantedCases.of(seed).gamblingDomains()));
      assertThat(web.text()).contains("https://www.", "https://m.");
    }
  }

  @Test
  void ordinaryTrafficHitsNothingInTheDemoSizedWorldWhoeverPublishedIt() {
    long seed = SEEDS[0];
    WatchList everything = TrafficScreening.everything(SyntheticWorld.generate(seed, 30_000));
    Set<Selector> planted = PlantedCases.of(seed).selectors();
    Written calls = SyntheticTrafficTest.write(SyntheticTraffic::callRecords, seed, DAY, 50_000);
    Written transfers = SyntheticTrafficTest.write(SyntheticTraffic::transfers, seed, DAY, 30_000);
    Written web = SyntheticTrafficTest.write(SyntheticTraffic::webVisits, seed, DAY, 10_000);
    for (var file :
        List.of(
            TrafficScreening.fields(calls.text(), Format.CDR, CallRecords.HEADER),
            TrafficScreening.fields(transfers.text(), Format.TRANSFERS, Transfers.HEADER),
            TrafficScreening.fields(web.text(), Format.URLS, WebVisits.HEADER))) {
      assertThat(TrafficScreening.screen(file, everything).keySet()).isSubsetOf(planted);
    }
  }

  @Test
  void anIndicatorTheOperatorMayNotSeeIsNeverAHitForIt() {
    long seed = SEEDS[0];
    Written calls = SyntheticTrafficTest.write(SyntheticTraffic::callRecords, seed, DAY, 20_000);
    Set<Selector> centre = selectors(PlantedCases.of(seed).callCentrePhones());
    // The call centre's numbers published TLP:AMBER+STRICT: no screening client may see them.
    var world =
        SyntheticWorld.generate(seed, WORLD)
            .map(item -> centre.contains(item.selector()) ? strict(item) : item);
    WatchList operator = TrafficScreening.visibleTo(SyntheticWorld.TH_CHAOPHRAYA_MOBILE, world);
    Map<Selector, Long> hits =
        TrafficScreening.screen(
            TrafficScreening.fields(calls.text(), Format.CDR, CallRecords.HEADER), operator);
    assertThat(hits).isEmpty();
    assertThat(calls.truth().hitRows()).isPositive();
  }

  private static PublishedItem strict(PublishedItem item) {
    IndicatorDraft d = item.draft();
    Marking m = d.marking();
    return new PublishedItem(
        item.originator(),
        new IndicatorDraft(
            d.selector(),
            d.categories(),
            d.confidence(),
            new Marking(Tlp.AMBER_STRICT, m.handling(), m.evaluation(), Set.of()),
            d.validFrom(),
            d.validUntil(),
            d.description(),
            d.externalReferences()));
  }

  private static Set<Selector> selectors(List<PublishedItem> items) {
    return items.stream().map(PublishedItem::selector).collect(Collectors.toSet());
  }
}
