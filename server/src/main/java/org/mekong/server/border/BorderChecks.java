package org.mekong.server.border;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mekong.core.agency.Agency;
import org.mekong.core.border.check.PersonMatch;
import org.mekong.core.border.check.TravellerMatcher;
import org.mekong.core.border.mrz.MrzParser;
import org.mekong.server.legal.LegalRecords;
import org.mekong.server.legal.Listing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs traveller checks: reads what was presented, compares the traveller with every candidate the
 * checking agency may see whose record applies today, keeps each match with its reasons, and stores
 * the answer for the officer's decision.
 */
@Service
class BorderChecks {

  /** The three decisions an officer records. */
  static final List<String> DECISIONS = List.of("admitted", "refused", "referred");

  private final LegalRecords records;
  private final CandidateLookup candidates;
  private final CheckStore store;
  private final MrzParser parser;
  private final TransactionTemplate transaction;

  BorderChecks(
      LegalRecords records,
      CandidateLookup candidates,
      CheckStore store,
      PlatformTransactionManager transactions) {
    this.records = records;
    this.candidates = candidates;
    this.store = store;
    this.parser = new MrzParser(records.clock());
    this.transaction = new TransactionTemplate(transactions);
  }

  CheckJson.Answer check(Agency officer, CheckJson.Request request) {
    Presented presented = Presented.read(request, parser, LocalDate.now(records.clock()));
    record Found(Listing listing, PersonMatch match) {}
    List<Found> found = new ArrayList<>();
    for (Listing listing : candidates.candidates(presented.traveller())) {
      if (!listing.applies() || !records.visible(officer, listing)) {
        continue;
      }
      Optional<PersonMatch> match = TravellerMatcher.match(presented.traveller(), listing.person());
      match.ifPresent(m -> found.add(new Found(listing, m)));
    }
    found.sort(
        Comparator.comparing((Found f) -> f.match().strength())
            .thenComparing(f -> -f.match().nameScore())
            .thenComparing(f -> f.listing().id()));
    List<CheckJson.Hit> hits =
        found.stream()
            .map(
                f ->
                    new CheckJson.Hit(
                        f.listing().kind().code(),
                        f.listing().id().toString(),
                        f.listing().originator().value(),
                        f.match().strength().code(),
                        f.listing().summary(),
                        f.listing().standing(),
                        f.listing().onHit(),
                        f.match().reasons()))
            .toList();
    Instant now = Instant.now(records.clock()).truncatedTo(ChronoUnit.MICROS);
    CheckJson.Answer answer =
        new CheckJson.Answer(
            UUID.randomUUID().toString(),
            now.toString(),
            presented.document(),
            !hits.isEmpty(),
            hits,
            null);
    store.insert(officer.id(), now, answer);
    return answer;
  }

  CheckJson.Answer get(Agency officer, UUID id) {
    return store.find(officer.id(), id, false).orElseThrow(() -> new CheckNotFoundException(id));
  }

  CheckJson.Answer decide(Agency officer, UUID id, String decision, String by, String note) {
    CheckJson.Answer decided =
        transaction.execute(
            status -> {
              CheckJson.Answer answer =
                  store
                      .find(officer.id(), id, true)
                      .orElseThrow(() -> new CheckNotFoundException(id));
              if (answer.decision() != null) {
                throw new CheckDecidedException(id, answer.decision().decision());
              }
              store.decide(
                  id,
                  decision,
                  by,
                  note,
                  Instant.now(records.clock()).truncatedTo(ChronoUnit.MICROS));
              return store.find(officer.id(), id, false).orElseThrow();
            });
    if (decided == null) {
      throw new IllegalStateException("the transaction returned nothing");
    }
    return decided;
  }
}
