package org.mekong.server.border;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.mekong.core.border.check.IndexedMatch;
import org.mekong.core.border.check.ListedProfile;
import org.mekong.core.border.check.Traveller;
import org.mekong.core.border.check.TravellerIndex;
import org.mekong.server.legal.LegalRecords;
import org.mekong.server.legal.Listing;
import org.springframework.stereotype.Component;

/**
 * The persons of legal records in a {@link TravellerIndex} (blocking keys of their names, their
 * documents, birth dates), in memory. Rebuilt from the database when a legal record was written
 * since, and at least once a minute (a ban's or a notice's standing changes with the date).
 */
@Component
class BlockingCandidates implements CandidateLookup {

  private static final Duration MAX_AGE = Duration.ofMinutes(1);

  /** The listings, their index (numbered as the list), the records' version, and when built. */
  private record Snapshot(
      List<Listing> listings, TravellerIndex index, long version, long builtNanos) {}

  private final LegalRecords records;
  private volatile Snapshot snapshot = new Snapshot(List.of(), TravellerIndex.of(List.of()), -1, 0);

  BlockingCandidates(LegalRecords records) {
    this.records = records;
  }

  @Override
  public List<Matched> matches(Traveller traveller, Predicate<Listing> accepted) {
    Snapshot current = current();
    List<Matched> matched = new ArrayList<>();
    for (IndexedMatch m :
        current.index().match(traveller, n -> accepted.test(current.listings().get(n)))) {
      matched.add(new Matched(current.listings().get(m.number()), m.match()));
    }
    return matched;
  }

  private Snapshot current() {
    Snapshot current = snapshot;
    long version = records.version();
    if (current.version() != version
        || System.nanoTime() - current.builtNanos() > MAX_AGE.toNanos()) {
      synchronized (this) {
        current = snapshot;
        if (current.version() != version
            || System.nanoTime() - current.builtNanos() > MAX_AGE.toNanos()) {
          current = build(version);
          snapshot = current;
        }
      }
    }
    return current;
  }

  private Snapshot build(long version) {
    List<Listing> listings = List.copyOf(records.listings());
    TravellerIndex index =
        TravellerIndex.of(listings.stream().map(l -> ListedProfile.of(l.person())).toList());
    return new Snapshot(listings, index, version, System.nanoTime());
  }
}
