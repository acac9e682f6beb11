package org.mekong.core.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.indicator.SightingKind;
import org.mekong.core.sharing.SharedObject;
import org.mekong.core.sharing.SharingPolicy;

/**
 * Plans sightings for the items of a world: about one item in eight gets one to three sightings,
 * each by an agency other than the originator that may see the item under the world's agreements.
 */
final class SightingPlanner {

  /** Separates the sighting stream from the other streams of the same seed. */
  private static final long SIGHTINGS = 0x5369676874L;

  private static final Weighted<SightingKind> KINDS =
      Weighted.of(
          SightingKind.SEEN, 60,
          SightingKind.TRUE_POSITIVE, 20,
          SightingKind.FALSE_POSITIVE, 12,
          SightingKind.EXPIRED, 8);
  private static final Duration WINDOW = Duration.ofDays(30);

  private final RandomGenerator random;
  private final SharingPolicy policy =
      new SharingPolicy(SyntheticWorld.agencies(), SyntheticWorld.agreements());
  private final Instant anchor;

  SightingPlanner(long seed, Instant anchor) {
    this.random = new SplittableRandom(Permutation.mix64(seed ^ SIGHTINGS));
    this.anchor = anchor;
  }

  /** The sightings of item {@code index}; often none. */
  List<PlannedSighting> plan(long index, PublishedItem item) {
    if (random.nextInt(8) != 0) {
      return List.of();
    }
    IndicatorDraft draft = item.draft();
    List<AgencyId> viewers =
        policy
            .audience(new SharedObject(item.originator(), draft.marking(), draft.categories()))
            .stream()
            .filter(agency -> !agency.equals(item.originator()))
            .sorted(Comparator.comparing(AgencyId::value))
            .toList();
    int count = 1 + random.nextInt(3);
    if (viewers.isEmpty()) {
      return List.of();
    }
    Instant earliest = draft.validFrom() == null ? anchor.minus(WINDOW) : draft.validFrom();
    List<PlannedSighting> sightings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      AgencyId reporter = viewers.get(random.nextInt(viewers.size()));
      boolean client =
          reporter.equals(SyntheticWorld.TH_CHAOPHRAYA_MOBILE)
              || reporter.equals(SyntheticWorld.TH_MEKHALA_BANK);
      boolean anonymous = random.nextInt(10) < (client ? 5 : 1);
      long span = Math.max(1, Duration.between(earliest, anchor).toSeconds());
      Instant observedAt = anchor.minusSeconds(random.nextLong(Math.min(span, WINDOW.toSeconds())));
      sightings.add(
          new PlannedSighting(
              index,
              item.originator(),
              item.selector(),
              reporter,
              KINDS.pick(random),
              anonymous,
              observedAt));
    }
    return List.copyOf(sightings);
  }
}
