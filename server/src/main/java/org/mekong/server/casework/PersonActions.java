package org.mekong.server.casework;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.CaseId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.DuplicateMatcher;
import org.mekong.core.casework.Person;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.server.agency.Caller;
import org.mekong.server.audit.AuditContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console does with persons, by the API's rules: a new person checked as {@code POST
 * /persons} checks it, the possible duplicates the people index finds for it, the person created,
 * one person's page (fields, determinations, consent, cases) and a case opened for the person.
 */
@Service
public class PersonActions {

  /** An identity document as typed; blank fields are absent. */
  public record NewDocument(
      @Nullable String type,
      @Nullable String number,
      @Nullable String issuingState,
      @Nullable String expiry) {

    /** Whether nothing but the type was typed. */
    public boolean blank() {
      return CaseworkActions.given(number) == null
          && CaseworkActions.given(issuingState) == null
          && CaseworkActions.given(expiry) == null;
    }
  }

  /** A person as typed in the console: lists already split, blank fields absent. */
  public record NewPerson(
      List<String> names,
      @Nullable String birthDate,
      @Nullable String sex,
      List<String> nationalities,
      List<NewDocument> documents,
      List<String> languages,
      @Nullable String contact,
      List<String> needs,
      List<String> recruitmentMethods,
      List<String> recruitmentChannels,
      List<String> controlMethods,
      List<String> types) {

    PersonJson json() {
      return new PersonJson(
          names,
          CaseworkActions.given(birthDate),
          CaseworkActions.given(sex),
          nationalities,
          documents.stream()
              .filter(d -> !d.blank())
              .map(
                  d ->
                      new PersonJson.DocumentJson(
                          CaseworkActions.given(d.type()),
                          CaseworkActions.given(d.number()),
                          CaseworkActions.given(d.issuingState()),
                          CaseworkActions.given(d.expiry())))
              .toList(),
          languages,
          CaseworkActions.given(contact),
          needs,
          new PersonJson.ExploitationJson(
              recruitmentMethods, recruitmentChannels, controlMethods, types, null));
    }
  }

  /** A person the index finds like the new one: a link, the score and why; names if shown. */
  public record Duplicate(String id, double score, String explanation, List<String> names) {}

  /** A person a name search finds: the id, the names shown and the score. */
  public record Found(String id, List<String> names, @Nullable String birthDate, double score) {}

  /** A case of the person that the viewer may read. */
  public record CaseLink(String id, String state) {}

  /** A person's page: the person, their cases, and the openings a case may start with. */
  public record PersonPage(
      CaseworkActions.PersonShown person,
      List<String> scripts,
      @Nullable List<CaseworkActions.DeterminationShown> determinations,
      @Nullable String consent,
      List<CaseLink> cases,
      List<String> openings) {}

  private final PersonController api;
  private final CaseController caseApi;
  private final PersonStore persons;
  private final PersonDisclosures disclosures;
  private final Cases cases;
  private final CaseStore caseStore;
  private final PersonAround around;
  private final JdbcClient jdbc;

  PersonActions(
      PersonController api,
      CaseController caseApi,
      PersonStore persons,
      PersonDisclosures disclosures,
      Cases cases,
      CaseStore caseStore,
      PersonAround around,
      JdbcClient jdbc) {
    this.api = api;
    this.caseApi = caseApi;
    this.persons = persons;
    this.disclosures = disclosures;
    this.cases = cases;
    this.caseStore = caseStore;
    this.around = around;
    this.jdbc = jdbc;
  }

  /**
   * The people the index proposes as duplicates of {@code typed} among those the agency may find,
   * after checking every field as the API does.
   *
   * @throws org.mekong.core.input.InvalidInputException naming the first field at fault
   */
  public List<Duplicate> duplicates(Agency agency, NewPerson typed, HttpServletRequest http) {
    Person person = typed.json().toPerson(PersonId.random(), LocalDate.now(ZoneOffset.UTC));
    List<DuplicateMatcher.Proposal> proposals =
        persons
            .index()
            .people()
            .duplicates(
                person.names(),
                person.birthDate(),
                person.documents(),
                PersonStore.nameKeys(person.names()),
                agency.id());
    List<Duplicate> out = new ArrayList<>();
    for (DuplicateMatcher.Proposal p : proposals) {
      StoredPerson stored = persons.find(p.person()).orElse(null);
      if (stored == null) {
        continue;
      }
      var disclosed = disclosures.of(agency, stored, DisclosurePath.PERSON_SEARCH);
      if (!disclosed.sees(DisclosurePath.PERSON_SEARCH.principal())) {
        continue;
      }
      List<String> names =
          disclosed.sees(PersonField.NAMES) && stored.json().names() != null
              ? stored.json().names()
              : List.of();
      out.add(new Duplicate(p.person().toString(), p.score(), p.explanation(), names));
    }
    if (!out.isEmpty()) {
      AuditContext.describe(
          http, "persons", String.join(",", out.stream().map(Duplicate::id).toList()));
    }
    return out;
  }

  /**
   * The people {@code GET /persons?name=} finds for the agency, best first, at most {@code limit}.
   *
   * @throws org.mekong.core.input.InvalidInputException when the text cannot be a name
   */
  public List<Found> find(Caller caller, String name, int limit, HttpServletRequest http) {
    return api.search(caller, name, null, limit, http).items().stream()
        .map(
            h ->
                new Found(
                    h.person().id(),
                    h.person().person().names() == null ? List.of() : h.person().person().names(),
                    h.person().person().birthDate(),
                    h.score()))
        .toList();
  }

  /** Creates the person as {@code POST /persons} does; the new person's id. */
  @Transactional
  public String create(Caller caller, NewPerson typed, HttpServletRequest http) {
    return api.create(caller, typed.json(), http).id();
  }

  /** The person's page if the viewer may read the person, else a 404. */
  public PersonPage get(Agency viewer, String id) {
    PersonId personId = new PersonId(Ids.uuid("id", id));
    StoredPerson person = disclosures.visible(viewer, personId, DisclosurePath.PERSON_READ);
    var view = api.view(viewer, person, DisclosurePath.PERSON_READ);
    var shown =
        new CaseworkActions.PersonShown(
            view.id(),
            view.createdBy(),
            view.createdAt(),
            CaseworkActions.map(view.person()),
            view.disclosure().recipient(),
            view.disclosure().basis(),
            view.disclosure().withheld());
    List<String> scripts =
        view.person().names() == null
            ? List.of()
            : view.person().names().stream().map(n -> new PersonName(n).script()).toList();
    var around = this.around.of(viewer, person);
    List<CaseLink> links = new ArrayList<>();
    for (UUID c :
        jdbc.sql("SELECT id FROM casework_case WHERE person_id = ? ORDER BY opened_at DESC")
            .param(personId.value())
            .query(UUID.class)
            .list()) {
      caseStore
          .find(new CaseId(c), false)
          .filter(f -> cases.mayRead(viewer, f))
          .ifPresent(f -> links.add(new CaseLink(c.toString(), Codes.of(f.state()))));
    }
    return new PersonPage(
        shown,
        scripts,
        around.determinations(),
        around.consent(),
        links,
        org.mekong.core.casework.Lifecycle.next(null).stream().map(Codes::of).toList());
  }

  /** Opens a case for the person as {@code POST /cases} does; the new case's id. */
  @Transactional
  public String openCase(
      Caller caller, String person, CaseworkActions.NewEvent first, HttpServletRequest http) {
    return caseApi
        .open(caller, new CaseController.OpenRequest(person, EventJson.typed(first)), http)
        .id();
  }
}
