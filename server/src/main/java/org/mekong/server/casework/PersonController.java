package org.mekong.server.casework;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.Consent;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.KnownPeople;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.PersonName;
import org.mekong.core.input.PartialDate;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.audit.AuditLog;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Persons: create, read and search them (each field disclosed by the policy), record consent. */
@RestController
@Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
class PersonController {

  /** The most persons a search returns. */
  static final int MAX_SEARCH = 100;

  /** How many indexed people a search compares by name at most, the best by blocking keys. */
  static final int SEARCH_CANDIDATES = 200;

  /** A person as one agency sees it, and on what basis. */
  record PersonView(
      String id,
      String createdBy,
      Instant createdAt,
      PersonJson person,
      DisclosureView disclosure) {}

  /** Why the caller sees what it sees, and what is withheld from it. */
  record DisclosureView(String recipient, String basis, List<String> withheld) {}

  /** A search hit. */
  record Hit(double score, String explanation, PersonView person) {}

  /** The hits of a search, best first. */
  record Hits(List<Hit> items) {}

  /** A consent record or an override. */
  record ConsentRequest(
      @Nullable String kind, @Nullable String recordedBy, @Nullable String legalBasis) {}

  private final PersonStore persons;
  private final PersonDisclosures disclosures;
  private final AuditLog audit;

  private final CaseworkPublisher publisher;

  PersonController(
      PersonStore persons,
      PersonDisclosures disclosures,
      AuditLog audit,
      CaseworkPublisher publisher) {
    this.publisher = publisher;
    this.persons = persons;
    this.disclosures = disclosures;
    this.audit = audit;
  }

  @PostMapping("/api/v1/casework/persons")
  @ResponseStatus(HttpStatus.CREATED)
  PersonView create(
      @AuthenticationPrincipal Caller caller,
      @RequestBody PersonJson body,
      HttpServletRequest http) {
    Agency agency = caller.requireAgency();
    var person = body.toPerson(PersonId.random(), LocalDate.now(ZoneOffset.UTC));
    persons.insert(person, agency.id(), Instant.now(), null);
    AuditContext.describe(http, "person", person.id().toString());
    return view(agency, persons.find(person.id()).orElseThrow(), DisclosurePath.PERSON_READ);
  }

  @GetMapping("/api/v1/casework/persons/{id}")
  PersonView read(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    PersonId personId = new PersonId(Ids.uuid("id", id));
    AuditContext.describe(http, "person", personId.toString());
    return view(
        caller.requireAgency(),
        disclosures.visible(caller.requireAgency(), personId, DisclosurePath.PERSON_READ),
        DisclosurePath.PERSON_READ);
  }

  @GetMapping("/api/v1/casework/persons")
  Hits search(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String birthDate,
      @RequestParam(defaultValue = "20") int limit,
      HttpServletRequest http) {
    Parameters.limit(limit, MAX_SEARCH);
    if (name == null) {
      throw new BadRequestException("name", "is required");
    }
    PersonName query = PersonName.parse("name", name);
    PartialDate born =
        birthDate == null
            ? null
            : PartialDate.parseBirthDate("birthDate", birthDate, LocalDate.now(ZoneOffset.UTC));
    Agency agency = caller.requireAgency();
    List<Hit> hits = new ArrayList<>();
    List<KnownPeople.Found> found =
        persons.index().people().search(query, born, agency.id(), limit, SEARCH_CANDIDATES);
    Map<PersonId, StoredPerson> stored =
        persons.findAll(found.stream().map(KnownPeople.Found::person).toList());
    for (KnownPeople.Found f : found) {
      Optional<StoredPerson> candidate = Optional.ofNullable(stored.get(f.person()));
      if (candidate.isEmpty()) {
        continue; // indexed by a write that did not commit, or purged since
      }
      PersonDisclosures.Disclosed disclosed =
          disclosures.of(agency, candidate.get(), DisclosurePath.PERSON_SEARCH);
      if (!disclosed.sees(DisclosurePath.PERSON_SEARCH.principal())) {
        continue;
      }
      hits.add(
          new Hit(
              f.comparison().score(),
              f.comparison().explanation(),
              view(candidate.get(), disclosed, DisclosurePath.PERSON_SEARCH)));
    }
    AuditContext.describe(
        http, "persons", String.join(",", hits.stream().map(h -> h.person().id()).toList()));
    return new Hits(List.copyOf(hits));
  }

  @PostMapping("/api/v1/casework/persons/{id}/consent")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  DisclosureView consent(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody ConsentRequest body,
      HttpServletRequest http) {
    AuditContext.describe(http, "person", new PersonId(Ids.uuid("id", id)).toString());
    return consent(caller.requireAgency(), id, body);
  }

  /** Records consent by the person's creator or a receiver of the person, else a 404. */
  DisclosureView consent(Agency agency, String id, ConsentRequest body) {
    PersonId personId = new PersonId(Ids.uuid("id", id));
    StoredPerson person =
        persons.find(personId).orElseThrow(() -> new CaseworkNotFoundException("person", id));
    boolean creator = person.createdBy().equals(agency.id());
    if (!creator && !persons.receivers(personId).contains(agency.id())) {
      throw new CaseworkNotFoundException("person", id);
    }
    String recordedBy = Ids.required("recordedBy", body.recordedBy(), 200);
    Instant now = Instant.now();
    Consent consent =
        switch (Ids.required("kind", body.kind(), 20)) {
          case "given" -> new Consent.Given(agency.id(), recordedBy, now);
          case "refused" -> new Consent.Refused(agency.id(), recordedBy, now);
          case "override" ->
              new Consent.Override(
                  agency.id(), recordedBy, now, Ids.required("legalBasis", body.legalBasis(), 500));
          default -> throw new BadRequestException("kind", "must be given, refused or override");
        };
    if (!(consent instanceof Consent.Override) && body.legalBasis() != null) {
      throw new BadRequestException("legalBasis", "belongs only to an override");
    }
    persons.consent(personId, consent);
    publisher.person(personId);
    if (consent instanceof Consent.Override override) {
      audit.append(
          agency.id().value(),
          "consent override",
          "person",
          personId.toString(),
          override.legalBasis());
    }
    return new DisclosureView("creator", consent.basis(), List.of());
  }

  PersonView view(Agency viewer, StoredPerson person, DisclosurePath path) {
    return view(person, disclosures.of(viewer, person, path), path);
  }

  static PersonView view(
      StoredPerson person, PersonDisclosures.Disclosed disclosed, DisclosurePath path) {
    return new PersonView(
        person.id().toString(),
        person.createdBy().value(),
        person.createdAt(),
        person.json().only(disclosed.fields()),
        new DisclosureView(
            Codes.of(disclosed.recipient()), disclosed.basis(), disclosed.withheld(path)));
  }
}
