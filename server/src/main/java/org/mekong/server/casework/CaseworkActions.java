package org.mekong.server.casework;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.CaseFile;
import org.mekong.core.casework.CaseId;
import org.mekong.core.casework.CaseState;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.Lifecycle;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console does with cases, by the API's rules (the list is {@link CaseList}): one case
 * with its person as {@code GET /persons/{id}} shows them, its determinations as their API shows
 * them, the next event and a determination recorded through the same services, consent recorded.
 */
@Service
public class CaseworkActions {

  /** A site to filter by. */
  public record SiteOption(String id, String name) {}

  /** A person as {@code GET /api/v1/casework/persons/{id}} shows them to the viewer. */
  public record PersonShown(
      String id,
      String createdBy,
      Instant createdAt,
      Map<String, Object> fields,
      String recipient,
      String basis,
      List<String> withheld) {}

  /**
   * An event of a case's timeline, as the API shows it: its type, agency and time, and its other
   * fields.
   */
  public record EventShown(Map<String, Object> fields, String type, String agency, String at) {

    static EventShown of(EventJson event) {
      Map<String, Object> fields = new java.util.LinkedHashMap<>(map(event));
      fields.keySet().removeAll(List.of("type", "agency", "at"));
      return new EventShown(
          fields,
          String.valueOf(event.type()),
          String.valueOf(event.agency()),
          String.valueOf(event.at()));
    }
  }

  /** A determination, as the API shows it; {@code current} for the one in force. */
  public record DeterminationShown(Map<String, Object> fields, String id, boolean current) {}

  /**
   * A case page: the case, its person and determinations where the API would show them (null where
   * it would answer 404), the consent in force for the agencies that record it, and the events the
   * lifecycle allows next.
   */
  public record CaseShown(
      String id,
      String state,
      String openedBy,
      @Nullable String custodian,
      String personId,
      List<EventShown> timeline,
      @Nullable PersonShown person,
      @Nullable List<DeterminationShown> determinations,
      @Nullable String consent,
      List<String> next) {}

  /**
   * An event typed in the console; blank fields are absent; {@code documents} lists one reference
   * per line.
   */
  public record NewEvent(
      @Nullable String type,
      @Nullable String actingPerson,
      @Nullable String at,
      @Nullable String site,
      @Nullable String place,
      @Nullable String note,
      @Nullable String receivingAgency,
      @Nullable String country,
      @Nullable String reason,
      @Nullable String documents) {}

  private final Cases cases;
  private final CaseStore store;
  private final PersonStore persons;
  private final PersonDisclosures disclosures;
  private final DeterminationController determinations;
  private final PersonController personApi;
  private final PersonAround around;
  private final JdbcClient jdbc;

  CaseworkActions(
      Cases cases,
      CaseStore store,
      PersonStore persons,
      PersonDisclosures disclosures,
      DeterminationController determinations,
      PersonController personApi,
      PersonAround around,
      JdbcClient jdbc) {
    this.cases = cases;
    this.store = store;
    this.persons = persons;
    this.disclosures = disclosures;
    this.determinations = determinations;
    this.personApi = personApi;
    this.around = around;
    this.jdbc = jdbc;
  }

  /** Every state of a case, in lifecycle order, as codes. */
  public static List<String> states() {
    return java.util.Arrays.stream(CaseState.values()).map(Codes::of).toList();
  }

  /** The node's sites, by name. */
  public List<SiteOption> sites() {
    return jdbc.sql("SELECT id, record->>'name' FROM casework_site ORDER BY record->>'name'")
        .query((rs, row) -> new SiteOption(rs.getString(1), String.valueOf(rs.getString(2))))
        .list();
  }

  /** The case if the viewer may read it, else a 404, with what the API shows around it. */
  public CaseShown get(Agency viewer, String id) {
    CaseFile file = readable(viewer, id);
    StoredPerson person = persons.find(file.person()).orElseThrow();
    PersonShown shown = null;
    if (disclosures.of(viewer, person, DisclosurePath.PERSON_READ).sees(PersonField.NAMES)) {
      var view = personApi.view(viewer, person, DisclosurePath.PERSON_READ);
      shown =
          new PersonShown(
              view.id(),
              view.createdBy(),
              view.createdAt(),
              map(view.person()),
              view.disclosure().recipient(),
              view.disclosure().basis(),
              view.disclosure().withheld());
    }
    PersonAround.Around around = this.around.of(viewer, person);
    return new CaseShown(
        file.id().toString(),
        Codes.of(file.state()),
        file.openedBy().value(),
        file.custodian().map(a -> a.value()).orElse(null),
        file.person().toString(),
        file.timeline().stream().map(EventJson::of).map(EventShown::of).toList(),
        shown,
        around.determinations(),
        around.consent(),
        Lifecycle.next(file.state()).stream().map(Codes::of).toList());
  }

  /** Appends the event as {@code POST /cases/{id}/events} does. */
  @Transactional
  public void append(Agency agency, String id, NewEvent event) {
    CaseId caseId = new CaseId(Ids.uuid("id", id));
    cases.append(agency, caseId, EventJson.typed(event).toEvent(agency.id(), Instant.now()));
  }

  /** Records a determination as {@code POST /persons/{id}/determinations} does. */
  @Transactional
  public void determine(
      Agency agency,
      String person,
      @Nullable String verdict,
      String decidedBy,
      @Nullable String basis,
      @Nullable String supersedes) {
    var unused =
        determinations.record(
            agency,
            new PersonId(Ids.uuid("id", person)),
            new DeterminationController.DeterminationJson(
                null, given(verdict), null, decidedBy, null, given(basis), given(supersedes)));
  }

  /** Records consent as {@code POST /persons/{id}/consent} does. */
  @Transactional
  public void consent(
      Agency agency,
      String person,
      @Nullable String kind,
      String recordedBy,
      @Nullable String legalBasis) {
    var unused =
        personApi.consent(
            agency,
            person,
            new PersonController.ConsentRequest(given(kind), recordedBy, given(legalBasis)));
  }

  /** The case if the viewer may read it, else a 404. */
  CaseFile readable(Agency viewer, String id) {
    CaseId caseId = new CaseId(Ids.uuid("id", id));
    return store
        .find(caseId, false)
        .filter(f -> cases.mayRead(viewer, f))
        .orElseThrow(() -> new CaseworkNotFoundException("case", id));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object json) {
    return PersonStore.JSON.convertValue(json, Map.class);
  }

  static @Nullable String given(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
