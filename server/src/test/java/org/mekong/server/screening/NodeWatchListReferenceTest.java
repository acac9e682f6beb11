package org.mekong.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.indicator.SightingCounts;
import org.mekong.core.screening.ScreeningEntry;
import org.mekong.core.screening.ScreeningHit;
import org.mekong.core.screening.WatchList;
import org.mekong.core.selector.DomainName;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.core.synthetic.PublishedItem;
import org.mekong.core.synthetic.SyntheticWorld;
import org.mekong.server.indicator.StoredIndicator;

/**
 * The node-wide watch list, filtered per client at each hit, answers exactly what a watch list
 * compiled from only the indicators that client may see would answer: for every demo agency, over a
 * seeded world of every selector type and marking, with revocations, expiries and not-yet-valid
 * indicators, probed with every listed selector, subdomains and URLs on listed hosts.
 */
class NodeWatchListReferenceTest {

  private static final long SEED = 20261129L;
  private static final Instant NOW = SyntheticWorld.DEFAULT_ANCHOR.plus(Duration.ofDays(12));

  @Test
  void eachClientSeesExactlyWhatAWatchListOfItsVisibleIndicatorsWouldShow() {
    List<Indicator> world = new ArrayList<>();
    SyntheticWorld.generate(SEED, 4_000).forEach(item -> world.add(indicator(item, world.size())));
    NodeWatchList node = new NodeWatchList();
    for (int i = 0; i < world.size(); i++) {
      Indicator indicator = world.get(i);
      node.apply(new StoredIndicator(indicator, SightingCounts.NONE, null, i + 1));
      if (i % 17 == 0) {
        node.apply(new StoredIndicator(revoked(indicator), SightingCounts.NONE, null, i + 1));
      }
    }
    SharingPolicy policy =
        new SharingPolicy(SyntheticWorld.agencies(), SyntheticWorld.agreements());
    List<Selector> probes = probes(world);

    for (Agency viewer : SyntheticWorld.agencies()) {
      List<ScreeningEntry> visible = new ArrayList<>();
      for (int i = 0; i < world.size(); i++) {
        Indicator indicator = world.get(i);
        boolean inForce =
            !indicator.validFrom().isAfter(NOW)
                && (indicator.validUntil() == null || indicator.validUntil().isAfter(NOW));
        var shared =
            new org.mekong.core.sharing.SharedObject(
                indicator.originator(), indicator.marking(), indicator.categories());
        if (i % 17 != 0 && inForce && policy.access(viewer, shared).isGranted()) {
          visible.add(
              new ScreeningEntry(
                  indicator.id(),
                  indicator.selector(),
                  indicator.categories(),
                  indicator.confidence(),
                  indicator.marking().tlp(),
                  policy.withholdOriginator(viewer, shared) ? null : indicator.originator()));
        }
      }
      WatchList reference = WatchList.of(visible);
      int hits = 0;
      for (Selector probe : probes) {
        Set<String> expected = describe(reference.screen(probe));
        Set<String> actual = describe(node.screen(viewer, policy, probe, NOW));
        assertThat(actual)
            .as("seed %d, %s screening %s", SEED, viewer.id().value(), probe.canonical())
            .isEqualTo(expected);
        hits += actual.isEmpty() ? 0 : 1;
      }
      assertThat(hits).as("%s hits something", viewer.id().value()).isPositive();
    }
  }

  private static List<Selector> probes(List<Indicator> world) {
    List<Selector> probes = new ArrayList<>();
    for (Indicator indicator : world) {
      Selector selector = indicator.selector();
      probes.add(selector);
      if (selector instanceof DomainName domain) {
        parse("m." + domain.canonical()).ifPresent(probes::add);
        parse("https://login." + domain.canonical() + "/account?id=7").ifPresent(probes::add);
      }
    }
    return probes;
  }

  private static java.util.Optional<Selector> parse(String raw) {
    return Selectors.parse(raw) instanceof Parsed.Valid valid
        ? java.util.Optional.of(valid.selector())
        : java.util.Optional.empty();
  }

  private static Set<String> describe(List<ScreeningHit> hits) {
    Set<String> described = new TreeSet<>();
    for (ScreeningHit hit : hits) {
      ScreeningEntry entry = hit.entry();
      described.add(
          entry.indicator().value()
              + " "
              + hit.kind()
              + " "
              + hit.matched()
              + " "
              + entry.originatorLabel()
              + " "
              + entry.confidence());
    }
    return described;
  }

  private static Indicator indicator(PublishedItem item, int n) {
    IndicatorDraft draft = item.draft();
    Instant validFrom =
        draft.validFrom() != null ? draft.validFrom() : SyntheticWorld.DEFAULT_ANCHOR;
    return new Indicator(
        IndicatorId.of(item.originator(), draft.selector().id()),
        draft.selector(),
        draft.categories(),
        draft.confidence(),
        draft.marking(),
        item.originator(),
        validFrom,
        draft.validUntil(),
        draft.description(),
        draft.externalReferences(),
        validFrom,
        validFrom,
        1,
        false);
  }

  private static Indicator revoked(Indicator indicator) {
    return new Indicator(
        indicator.id(),
        indicator.selector(),
        indicator.categories(),
        indicator.confidence(),
        indicator.marking(),
        indicator.originator(),
        indicator.validFrom(),
        indicator.validUntil(),
        indicator.description(),
        indicator.externalReferences(),
        indicator.created(),
        indicator.modified().plusSeconds(1),
        2,
        true);
  }
}
