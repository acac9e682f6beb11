package org.mekong.server.casework;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.Determination;
import org.mekong.core.casework.DeterminationHistory;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.Verdict;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Determinations of a person (victim, offender, undetermined): recorded, superseded, never
 * overwritten; the history shows every one, the last in force.
 */
@RestController
@Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
class DeterminationController {

  /** A determination as the API takes and shows it. */
  record DeterminationJson(
      @Nullable String id,
      @Nullable String verdict,
      @Nullable String agency,
      @Nullable String decidedBy,
      @Nullable String at,
      @Nullable String basis,
      @Nullable String supersedes) {

    static DeterminationJson of(Determination d) {
      return new DeterminationJson(
          d.id().toString(),
          Codes.of(d.verdict()),
          d.agency().value(),
          d.decidedBy(),
          d.at().toString(),
          d.basis(),
          d.supersedes() == null ? null : d.supersedes().toString());
    }
  }

  /** Every determination, oldest first, and the one in force. */
  record History(
      String person, @Nullable DeterminationJson current, List<DeterminationJson> items) {}

  private final JdbcClient jdbc;
  private final PersonDisclosures disclosures;

  private final CaseworkPublisher publisher;

  DeterminationController(
      JdbcClient jdbc, PersonDisclosures disclosures, CaseworkPublisher publisher) {
    this.jdbc = jdbc;
    this.disclosures = disclosures;
    this.publisher = publisher;
  }

  @PostMapping("/api/v1/casework/persons/{id}/determinations")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  DeterminationJson record(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody DeterminationJson body,
      HttpServletRequest http) {
    PersonId person = new PersonId(Ids.uuid("id", id));
    AuditContext.describe(http, "person", person.toString());
    return record(caller.requireAgency(), person, body);
  }

  /**
   * Records {@code body} for a person the agency sees the determinations of, by the API's rules.
   */
  DeterminationJson record(Agency agency, PersonId person, DeterminationJson body) {
    disclosures.visible(agency, person, DisclosurePath.DETERMINATIONS);
    jdbc.sql("SELECT id FROM casework_person WHERE id = ? FOR UPDATE")
        .param(person.value())
        .query(UUID.class)
        .single();
    Instant now = Instant.now();
    Instant at = body.at() == null ? now : Parameters.instant("at", body.at());
    if (at == null || at.isAfter(now.plus(org.mekong.core.input.Timestamps.CLOCK_SKEW))) {
      throw new org.mekong.server.web.BadRequestException("at", "lies in the future");
    }
    Determination next =
        new Determination(
            UUID.randomUUID(),
            person,
            Codes.parse(Verdict.class, "verdict", Ids.required("verdict", body.verdict(), 20)),
            agency.id(),
            Ids.required("decidedBy", body.decidedBy(), Determination.MAX_TEXT),
            at,
            Ids.required("basis", body.basis(), Determination.MAX_TEXT),
            body.supersedes() == null ? null : Ids.uuid("supersedes", body.supersedes()));
    DeterminationHistory history = history(person);
    String refusal = history.refusal(next);
    if (refusal != null) {
      throw new CaseworkConflictException("supersedes", refusal);
    }
    insert(next, history.determinations().size());
    publisher.determination(next);
    return DeterminationJson.of(next);
  }

  @GetMapping("/api/v1/casework/persons/{id}/determinations")
  History history(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    PersonId person = new PersonId(Ids.uuid("id", id));
    AuditContext.describe(http, "person", person.toString());
    return history(caller.requireAgency(), person);
  }

  /** The person's determinations if the agency sees them, else a 404. */
  History history(Agency agency, PersonId person) {
    disclosures.visible(agency, person, DisclosurePath.DETERMINATIONS);
    DeterminationHistory history = history(person);
    return new History(
        person.toString(),
        history.current().map(DeterminationJson::of).orElse(null),
        history.determinations().stream().map(DeterminationJson::of).toList());
  }

  DeterminationHistory history(PersonId person) {
    return new DeterminationHistory(
        jdbc.sql(
                "SELECT id, verdict, agency, decided_by, at, basis, supersedes"
                    + " FROM casework_determination WHERE person_id = ? ORDER BY seq")
            .param(person.value())
            .query(
                (rs, row) ->
                    new Determination(
                        rs.getObject(1, UUID.class),
                        person,
                        Codes.parse(Verdict.class, "verdict", rs.getString(2)),
                        new AgencyId(rs.getString(3)),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getObject(7, UUID.class)))
            .list());
  }

  @SuppressWarnings("NullAway") // the first determination supersedes none: SQL NULL
  void insert(Determination d, int seq) {
    jdbc.sql(
            "INSERT INTO casework_determination (id, person_id, seq, verdict, agency, decided_by,"
                + " at, basis, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.id(),
            d.person().value(),
            seq,
            Codes.of(d.verdict()),
            d.agency().value(),
            d.decidedBy(),
            Timestamp.from(d.at()),
            d.basis(),
            d.supersedes())
        .update();
  }
}
