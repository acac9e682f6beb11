package org.mekong.server.border;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.mekong.core.agency.Agency;
import org.mekong.core.border.check.PersonMatch;
import org.mekong.core.border.check.Traveller;
import org.mekong.core.border.mrz.MrzParser;
import org.mekong.server.casework.OpenCaseMatches;
import org.mekong.server.legal.LegalRecords;
import org.mekong.server.names.ListedPersons;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs traveller checks: reads what was presented, screens the traveller against the persons of
 * legal records that apply today (entry bans, notices, legal actions), of open cases and of the
 * sanctions lists, each as far as the checking agency may see it, keeps each match with its reasons
 * and what to do, and stores the answer for the officer's decision.
 */
@Service
class BorderChecks {

  /** The three decisions an officer records. */
  static final List<String> DECISIONS = List.of("admitted", "refused", "referred");

  private final LegalRecords records;
  private final CandidateLookup candidates;
  private final OpenCaseMatches openCases;
  private final ListedPersons listedPersons;
  private final CheckStore store;
  private final MrzParser parser;
  private final TransactionTemplate transaction;

  BorderChecks(
      LegalRecords records,
      CandidateLookup candidates,
      OpenCaseMatches openCases,
      ListedPersons listedPersons,
      CheckStore store,
      PlatformTransactionManager transactions) {
    this.records = records;
    this.candidates = candidates;
    this.openCases = openCases;
    this.listedPersons = listedPersons;
    this.store = store;
    this.parser = new MrzParser(records.clock());
    this.transaction = new TransactionTemplate(transactions);
  }

  CheckJson.Answer check(Agency officer, CheckJson.Request request) {
    Presented presented = Presented.read(request, parser, LocalDate.now(records.clock()));
    Traveller traveller = presented.traveller();
    List<Found> found = new ArrayList<>();
    for (CandidateLookup.Matched m :
        candidates.matches(
            traveller, listing -> listing.applies() && records.visible(officer, listing))) {
      found.add(new Found(Hits.of(m.listing(), m.match()), m.match()));
    }
    for (OpenCaseMatches.Hit h : openCases.matches(officer, traveller)) {
      found.add(new Found(Hits.of(h), h.match()));
    }
    for (ListedPersons.Hit h : listedPersons.matches(officer, traveller)) {
      found.add(new Found(Hits.of(h), h.match()));
    }
    if (!listedPersons.ready()) {
      presented = presented.withFinding(Hits.LISTS_NOT_READY);
    }
    found.sort(
        Comparator.comparing((Found f) -> f.match().strength())
            .thenComparing(f -> -f.match().nameScore())
            .thenComparing(f -> f.hit().recordType())
            .thenComparing(f -> String.valueOf(f.hit().recordId())));
    List<CheckJson.Hit> hits = found.stream().map(Found::hit).toList();
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

  /** A hit and the match it reports, for ranking. */
  private record Found(CheckJson.Hit hit, PersonMatch match) {}

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
