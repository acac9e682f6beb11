package org.mekong.server.casework;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.CaseFile;
import org.mekong.core.casework.CaseId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.PersonId;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
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

/** Cases: open one for a person, add events to its timeline, read it. */
@RestController
@Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
class CaseController {

  /** Opening a case: the person and the first event. */
  record OpenRequest(@Nullable String person, @Nullable EventJson event) {}

  /** A case and its timeline, oldest event first. */
  record CaseView(
      String id,
      String person,
      String state,
      @Nullable String custodian,
      String openedBy,
      List<EventJson> timeline,
      List<RecruiterIndicatorController.LinkView> recruiterIndicators) {}

  private CaseView view(CaseFile file) {
    return new CaseView(
        file.id().toString(),
        file.person().toString(),
        Codes.of(file.state()),
        file.custodian().map(a -> a.value()).orElse(null),
        file.openedBy().value(),
        file.timeline().stream().map(EventJson::of).toList(),
        RecruiterIndicatorController.links(jdbc, file.id()));
  }

  private final Cases cases;
  private final CaseStore store;
  private final PersonDisclosures disclosures;
  private final JdbcClient jdbc;

  CaseController(Cases cases, CaseStore store, PersonDisclosures disclosures, JdbcClient jdbc) {
    this.cases = cases;
    this.store = store;
    this.disclosures = disclosures;
    this.jdbc = jdbc;
  }

  @PostMapping("/api/v1/casework/cases")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  CaseView open(
      @AuthenticationPrincipal Caller caller,
      @RequestBody OpenRequest body,
      HttpServletRequest http) {
    Agency agency = caller.requireAgency();
    PersonId person = new PersonId(Ids.uuid("person", body.person()));
    if (body.event() == null) {
      throw new BadRequestException("event", "is required");
    }
    disclosures.visible(caller.requireAgency(), person, DisclosurePath.PERSON_READ);
    CaseId id = new CaseId(UUID.randomUUID());
    AuditContext.describe(http, "case", id.toString());
    return view(cases.open(id, person, body.event().toEvent(agency.id(), Instant.now())));
  }

  @PostMapping("/api/v1/casework/cases/{id}/events")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  CaseView addEvent(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody EventJson body,
      HttpServletRequest http) {
    Agency agency = caller.requireAgency();
    CaseId caseId = new CaseId(Ids.uuid("id", id));
    AuditContext.describe(http, "case", caseId.toString());
    return view(cases.append(agency, caseId, body.toEvent(agency.id(), Instant.now())));
  }

  @GetMapping("/api/v1/casework/cases/{id}")
  CaseView read(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    CaseId caseId = new CaseId(Ids.uuid("id", id));
    AuditContext.describe(http, "case", caseId.toString());
    CaseFile file =
        store
            .find(caseId, false)
            .filter(f -> cases.mayRead(caller.requireAgency(), f))
            .orElseThrow(() -> new CaseworkNotFoundException("case", id));
    return view(file);
  }
}
