package org.mekong.server.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.exchange.ImportResult;
import org.mekong.core.synthetic.PlannedSighting;
import org.mekong.core.synthetic.PublishedItem;
import org.mekong.core.synthetic.SyntheticWorld;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.indicator.IndicatorImporter;
import org.mekong.server.indicator.IndicatorQuery;
import org.mekong.server.indicator.IndicatorRegistry;
import org.mekong.server.sharing.SharingPolicies;

/**
 * Fills a new demo node with the reproducible synthetic world: its sharing agreements, tens of
 * thousands of indicators across every selector type, category and marking, and sightings. The same
 * seed gives the same world; a node that already holds indicators is left as it is.
 */
public final class DemoWorldSeeder {

  /** What seeding did. */
  public record Seeded(boolean seededNow, long indicators, long sightings) {}

  private static final int BATCH = 5_000;

  private final AgencyDirectory agencies;
  private final SharingPolicies agreements;
  private final IndicatorImporter importer;
  private final IndicatorRegistry registry;

  public DemoWorldSeeder(
      AgencyDirectory agencies,
      SharingPolicies agreements,
      IndicatorImporter importer,
      IndicatorRegistry registry) {
    this.agencies = agencies;
    this.agreements = agreements;
    this.importer = importer;
    this.registry = registry;
  }

  /** Seeds the world of {@code seed} with {@code count} indicators unless the node has some. */
  public Seeded seed(long seed, int count) {
    return seed(
        seed,
        count,
        SyntheticWorld.agencies().stream().map(Agency::id).collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * Seeds the part of the world that belongs to the agencies {@code local} (one country's node in
   * the three-node demo): their agreements, the indicators they originate and the sightings they
   * report. The same seed and count give each node its share of the same world.
   */
  public Seeded seed(long seed, int count, Set<AgencyId> local) {
    Agency any = agency(local.stream().min(Comparator.comparing(AgencyId::value)).orElseThrow());
    if (!registry
            .search(any, new IndicatorQuery(null, null, null, null, null, null, true), null, 1)
            .items()
            .isEmpty()
        || !agreements.agreements().isEmpty()) {
      return new Seeded(false, 0, 0);
    }
    SyntheticWorld.agreements().stream()
        .filter(agreement -> local.contains(agreement.from()))
        .forEach(agreements::put);
    Map<AgencyId, List<PublishedItem>> pending = new HashMap<>();
    long[] published = {0};
    try (Stream<PublishedItem> world =
        SyntheticWorld.generate(seed, count).filter(item -> local.contains(item.originator()))) {
      world.forEach(
          item -> {
            List<PublishedItem> batch =
                pending.computeIfAbsent(item.originator(), k -> new ArrayList<>(BATCH));
            batch.add(item);
            if (batch.size() == BATCH) {
              published[0] += publish(item.originator(), batch);
              batch.clear();
            }
          });
    }
    for (var entry : pending.entrySet()) {
      published[0] += publish(entry.getKey(), entry.getValue());
    }
    long sightings = 0;
    try (Stream<PlannedSighting> planned = SyntheticWorld.sightings(seed, count)) {
      for (PlannedSighting sighting : (Iterable<PlannedSighting>) planned::iterator) {
        if (!local.contains(sighting.reporter()) || !local.contains(sighting.originator())) {
          continue;
        }
        Agency reporter = agency(sighting.reporter());
        var target =
            registry.correlate(reporter, sighting.selector()).stream()
                .filter(v -> v.stored().indicator().originator().equals(sighting.originator()))
                .findFirst();
        if (target.isPresent()) {
          registry.sight(
              reporter,
              target.get().stored().indicator().id(),
              sighting.kind(),
              sighting.anonymous(),
              sighting.observedAt(),
              null);
          sightings++;
        }
      }
    }
    return new Seeded(true, published[0], sightings);
  }

  private long publish(AgencyId originator, List<PublishedItem> items) {
    if (items.isEmpty()) {
      return 0;
    }
    long[] line = {0};
    var report =
        importer.importResults(
            agency(originator),
            items.stream()
                .map(item -> (ImportResult) new ImportResult.Accepted(++line[0], item.draft())));
    return report.accepted() + report.unchanged();
  }

  private Agency agency(AgencyId id) {
    return agencies
        .find(id.value())
        .orElseThrow(() -> new IllegalStateException("the demo agency " + id + " is missing"));
  }
}
