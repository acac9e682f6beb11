package org.mekong.server.casework;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.DuplicateMatcher;
import org.mekong.core.casework.Judgement;
import org.mekong.core.casework.ListReader;
import org.mekong.core.casework.PersonId;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports a partner's list of people (CSV, see {@link ListReader}): each well-formed row becomes a
 * person of the importing agency, matched against the people already known; probable duplicates are
 * proposed for a person to judge (same, different, undecided) and never merged silently.
 */
@RestController
@Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
class ListImportController {

  /** The outcome of an import. */
  record ImportView(
      String id, int stored, List<ListReader.RowError> refused, List<ProposalView> proposals) {}

  /** A proposed duplicate: the imported person, the known one, the score and why. */
  record ProposalView(
      String id,
      long line,
      String person,
      String candidate,
      double score,
      String explanation,
      @Nullable String judgement) {}

  /** A judgement of a proposal. */
  record JudgementRequest(@Nullable String judgement, @Nullable String judgedBy) {}

  private final PersonStore persons;
  private final PersonDisclosures disclosures;
  private final JdbcClient jdbc;

  ListImportController(PersonStore persons, PersonDisclosures disclosures, JdbcClient jdbc) {
    this.persons = persons;
    this.disclosures = disclosures;
    this.jdbc = jdbc;
  }

  @PostMapping("/api/v1/casework/imports")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ImportView importList(
      @AuthenticationPrincipal Caller caller, @RequestBody String csv, HttpServletRequest http) {
    Agency agency = caller.requireAgency();
    String type = String.valueOf(http.getContentType()).toLowerCase(java.util.Locale.ROOT);
    if (!type.startsWith("text/csv")) {
      throw new UnsupportedListTypeException();
    }
    UUID importId = UUID.randomUUID();
    AuditContext.describe(http, "import", importId.toString());
    ListReader.Reading reading = ListReader.read(csv, LocalDate.now(ZoneOffset.UTC));
    Instant now = Instant.now();
    List<PersonStore.Written> written = new ArrayList<>(reading.rows().size());
    List<ProposalView> found = new ArrayList<>();
    for (ImportMatcher.Matched m :
        ImportMatcher.match(reading.rows(), persons.index().people(), agency.id())) {
      for (DuplicateMatcher.Proposal proposal : m.proposals()) {
        found.add(
            new ProposalView(
                UUID.randomUUID().toString(),
                m.row().line(),
                m.person().id().toString(),
                proposal.person().toString(),
                proposal.score(),
                proposal.explanation(),
                null));
      }
      persons.indexed(m.person(), agency.id(), m.keys());
      written.add(
          new PersonStore.Written(
              m.person(), m.keys(), new PersonStore.Source(importId, m.row().line())));
    }
    persons.insertAll(written, agency.id(), now);
    List<ProposalView> proposals = confirmed(agency, found);
    jdbc.sql(
            "INSERT INTO casework_match (id, import_id, line, person_id, candidate, score,"
                + " explanation) SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::bigint[],"
                + " ?::uuid[], ?::uuid[], ?::float8[], ?::text[])")
        .params(
            proposals.stream().map(p -> UUID.fromString(p.id())).toArray(UUID[]::new),
            proposals.stream().map(p -> importId).toArray(UUID[]::new),
            proposals.stream().map(ProposalView::line).toArray(Long[]::new),
            proposals.stream().map(p -> UUID.fromString(p.person())).toArray(UUID[]::new),
            proposals.stream().map(p -> UUID.fromString(p.candidate())).toArray(UUID[]::new),
            proposals.stream().map(ProposalView::score).toArray(Double[]::new),
            proposals.stream().map(ProposalView::explanation).toArray(String[]::new))
        .update();
    return new ImportView(importId.toString(), reading.rows().size(), reading.errors(), proposals);
  }

  /**
   * The proposals whose candidate is a stored person the importer sees in a search: its own are
   * read in one query; another agency's through the disclosure table.
   */
  private List<ProposalView> confirmed(Agency agency, List<ProposalView> found) {
    Set<PersonId> candidates = new HashSet<>();
    found.forEach(p -> candidates.add(new PersonId(UUID.fromString(p.candidate()))));
    Map<PersonId, AgencyId> stored = persons.creators(candidates);
    Map<PersonId, Boolean> visible = new HashMap<>();
    List<ProposalView> out = new ArrayList<>();
    for (ProposalView p : found) {
      PersonId candidate = new PersonId(UUID.fromString(p.candidate()));
      AgencyId creator = stored.get(candidate);
      boolean sees =
          creator != null
              && (creator.equals(agency.id())
                  || visible.computeIfAbsent(
                      candidate,
                      id ->
                          persons
                              .find(id)
                              .map(
                                  known ->
                                      disclosures
                                          .of(agency, known, DisclosurePath.PERSON_SEARCH)
                                          .sees(DisclosurePath.PERSON_SEARCH.principal()))
                              .orElse(false)));
      if (sees) {
        out.add(p);
      }
    }
    return out;
  }

  @PostMapping("/api/v1/casework/matches/{id}")
  @Transactional
  ProposalView judge(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody JudgementRequest body,
      HttpServletRequest http) {
    Agency agency = caller.requireAgency();
    UUID matchId = Ids.uuid("id", id);
    AuditContext.describe(http, "match", matchId.toString());
    Judgement judgement =
        Codes.parse(Judgement.class, "judgement", Ids.required("judgement", body.judgement(), 20));
    String judgedBy = Ids.required("judgedBy", body.judgedBy(), 200);
    ProposalView proposal =
        jdbc.sql(
                "SELECT m.id, m.line, m.person_id, m.candidate, m.score, m.explanation, m.judgement"
                    + " FROM casework_match m JOIN casework_person p ON p.id = m.person_id"
                    + " WHERE m.id = ? AND p.created_by = ? FOR UPDATE OF m")
            .params(matchId, agency.id().value())
            .query(
                (rs, row) ->
                    new ProposalView(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getDouble(5),
                        rs.getString(6),
                        rs.getString(7)))
            .optional()
            .orElseThrow(() -> new CaseworkNotFoundException("match", id));
    if (proposal.judgement() != null
        && !proposal.judgement().equals(Codes.of(Judgement.UNDECIDED))) {
      throw new CaseworkConflictException(
          "judgement",
          "was already recorded as " + proposal.judgement() + "; a decided judgement stays");
    }
    jdbc.sql("UPDATE casework_match SET judgement = ?, judged_by = ?, judged_at = ? WHERE id = ?")
        .params(Codes.of(judgement), judgedBy, Timestamp.from(Instant.now()), matchId)
        .update();
    return new ProposalView(
        proposal.id(),
        proposal.line(),
        proposal.person(),
        proposal.candidate(),
        proposal.score(),
        proposal.explanation(),
        Codes.of(judgement));
  }
}
