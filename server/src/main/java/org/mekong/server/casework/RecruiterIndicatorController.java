package org.mekong.server.casework;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.CaseFile;
import org.mekong.core.casework.CaseId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.RecruiterContact;
import org.mekong.core.category.Category;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.indicator.IndicatorActions;
import org.mekong.server.indicator.IndicatorView;
import org.mekong.server.indicator.PublishRequest;
import org.mekong.server.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Turns a recruiter's handle, phone or account from a case's recruitment record into an indicator
 * in one call, through the indicator API's own publishing rules, and links it back to the case.
 */
@RestController
@Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
class RecruiterIndicatorController {

  /**
   * Which recruiter contact of the case's person (its index in {@code exploitation.recruiters}) and
   * how to mark it; every other field as for {@code POST /api/v1/indicators}, categories defaulting
   * to {@code recruitment-lure}.
   */
  record RecruiterIndicatorRequest(
      @Nullable Integer recruiter,
      @Nullable List<String> categories,
      @Nullable Integer confidence,
      @Nullable String tlp,
      @Nullable JsonNode handling,
      @Nullable String restriction,
      @Nullable String evaluation,
      @Nullable List<String> recipients,
      @Nullable Instant validFrom,
      @Nullable Instant validUntil,
      @Nullable String description,
      @Nullable Boolean acknowledgeWarnings) {}

  /** What publishing did, the indicator's id, and the case and recruiter it came from. */
  record RecruiterIndicatorView(
      String outcome, String indicatorId, String caseId, int recruiter, IndicatorView indicator) {}

  /** An indicator published from a case's recruitment record. */
  record LinkView(String indicatorId, int recruiter, String publishedBy, Instant publishedAt) {}

  private final Cases cases;
  private final CaseStore store;
  private final PersonStore persons;
  private final PersonDisclosures disclosures;
  private final IndicatorActions indicators;
  private final JdbcClient jdbc;

  RecruiterIndicatorController(
      Cases cases,
      CaseStore store,
      PersonStore persons,
      PersonDisclosures disclosures,
      IndicatorActions indicators,
      JdbcClient jdbc) {
    this.cases = cases;
    this.store = store;
    this.persons = persons;
    this.disclosures = disclosures;
    this.indicators = indicators;
    this.jdbc = jdbc;
  }

  @PostMapping("/api/v1/casework/cases/{id}/recruiter-indicators")
  @Transactional
  ResponseEntity<RecruiterIndicatorView> publish(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody RecruiterIndicatorRequest body,
      HttpServletRequest http) {
    Agency agency = caller.requireAgency();
    CaseId caseId = new CaseId(Ids.uuid("id", id));
    AuditContext.describe(http, "case", caseId.toString());
    CaseFile file =
        store
            .find(caseId, false)
            .filter(f -> cases.mayRead(agency, f))
            .orElseThrow(() -> new CaseworkNotFoundException("case", id));
    StoredPerson person =
        persons.find(file.person()).orElseThrow(() -> new CaseworkNotFoundException("case", id));
    if (!disclosures
        .of(agency, person, DisclosurePath.PERSON_READ)
        .sees(PersonField.EXPLOITATION)) {
      throw new CaseworkForbiddenException(
          "the person's recruitment record is not disclosed to " + agency.id().value());
    }
    List<RecruiterContact> recruiters = person.person().exploitation().recruiters();
    if (body.recruiter() == null) {
      throw new BadRequestException("recruiter", "is required: the index of a recruiter contact");
    }
    int index = body.recruiter();
    if (index < 0 || index >= recruiters.size()) {
      throw new BadRequestException(
          "recruiter",
          recruiters.isEmpty()
              ? "names no recruiter contact: the person's record holds none"
              : "must be 0 to " + (recruiters.size() - 1) + ", was " + index);
    }
    RecruiterContact contact = recruiters.get(index);
    IndicatorActions.Published published;
    try {
      published = indicators.publish(agency, request(body, contact));
    } catch (BadRequestException e) {
      if (Set.of("value", "type", "region").contains(e.field())) {
        String field = "exploitation.recruiters[" + index + "]." + e.field();
        String reason = String.valueOf(e.getMessage());
        throw new BadRequestException(
            field,
            reason.substring(reason.indexOf(' ') + 1) + " (recorded as '" + shown(contact) + "')");
      }
      throw e;
    }
    String indicatorId = published.indicator().id();
    AuditContext.describe(http, "indicator", indicatorId);
    jdbc.sql(
            "INSERT INTO casework_recruiter_indicator (case_id, indicator_id, recruiter,"
                + " published_by, published_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (case_id, indicator_id) DO NOTHING")
        .params(
            caseId.value(), indicatorId, index, agency.id().value(), Timestamp.from(Instant.now()))
        .update();
    return ResponseEntity.status(
            published.outcome().equals("created") ? HttpStatus.CREATED : HttpStatus.OK)
        .body(
            new RecruiterIndicatorView(
                published.outcome(), indicatorId, caseId.toString(), index, published.indicator()));
  }

  /** The indicators published from a case, oldest first. */
  static List<LinkView> links(JdbcClient jdbc, CaseId caseId) {
    return jdbc.sql(
            "SELECT indicator_id, recruiter, published_by, published_at"
                + " FROM casework_recruiter_indicator WHERE case_id = ?"
                + " ORDER BY published_at, indicator_id")
        .param(caseId.value())
        .query(
            (rs, row) ->
                new LinkView(
                    rs.getString(1), rs.getInt(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
        .list();
  }

  private static PublishRequest request(RecruiterIndicatorRequest body, RecruiterContact contact) {
    List<String> categories =
        body.categories() == null ? List.of(Category.RECRUITMENT_LURE.code()) : body.categories();
    String description =
        body.description() != null
            ? body.description()
            : "Recruiter's "
                + Codes.of(contact.channel())
                + " contact reported by a trafficked person";
    return new PublishRequest(
        contact.type() == null ? null : contact.type().code(),
        contact.selectorText(),
        contact.region() == null ? null : contact.region().value(),
        categories,
        body.confidence(),
        body.tlp(),
        body.handling(),
        body.restriction(),
        body.evaluation(),
        body.recipients(),
        body.validFrom(),
        body.validUntil(),
        description,
        null,
        body.acknowledgeWarnings());
  }

  private static String shown(RecruiterContact contact) {
    return contact.value().length() <= 60
        ? contact.value()
        : contact.value().substring(0, 59) + "…";
  }
}
