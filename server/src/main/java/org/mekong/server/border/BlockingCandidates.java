package org.mekong.server.border;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mekong.core.border.check.Traveller;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.TravelDocument;
import org.mekong.core.names.BlockingKeys;
import org.mekong.core.names.Schema;
import org.mekong.server.legal.LegalRecords;
import org.mekong.server.legal.Listing;
import org.springframework.stereotype.Component;

/**
 * Candidates by blocking keys, in memory: every listed person under each key of each of their names
 * ({@link BlockingKeys}) and of each of their documents. Rebuilt from the database when a legal
 * record was written since, and at least once a minute (a ban's or a notice's standing changes with
 * the date).
 */
@Component
class BlockingCandidates implements CandidateLookup {

  private static final Duration MAX_AGE = Duration.ofMinutes(1);

  /** The listings by key, the records' version they were built from, and when. */
  private record Snapshot(Map<String, List<Listing>> byKey, long version, long builtNanos) {}

  private final LegalRecords records;
  private volatile Snapshot snapshot = new Snapshot(Map.of(), -1, 0);

  BlockingCandidates(LegalRecords records) {
    this.records = records;
  }

  @Override
  public Collection<Listing> candidates(Traveller traveller) {
    Snapshot current = current();
    Map<UUID, Listing> found = new LinkedHashMap<>();
    for (String key : keys(traveller)) {
      for (Listing listing : current.byKey().getOrDefault(key, List.of())) {
        found.putIfAbsent(listing.id(), listing);
      }
    }
    return found.values();
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
    Map<String, List<Listing>> byKey = new HashMap<>();
    for (Listing listing : records.listings()) {
      for (String key : keys(listing.person())) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(listing);
      }
    }
    return new Snapshot(byKey, version, System.nanoTime());
  }

  private static Set<String> keys(Person person) {
    Set<String> keys = new java.util.HashSet<>();
    for (String name : person.names()) {
      keys.addAll(BlockingKeys.of(Schema.PERSON, name));
    }
    for (TravelDocument document : person.documents()) {
      keys.add(documentKey(document));
    }
    return keys;
  }

  private static Set<String> keys(Traveller traveller) {
    Set<String> keys =
        new java.util.HashSet<>(BlockingKeys.of(Schema.PERSON, traveller.fullName()));
    TravelDocument document = traveller.document();
    if (document != null) {
      keys.add(documentKey(document));
    }
    return keys;
  }

  private static String documentKey(TravelDocument document) {
    return "d:" + document.issuingState() + ":" + document.number();
  }
}
