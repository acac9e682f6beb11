package org.mekong.server.casework;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.EntryStatus;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.TransportMode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.sharing.SharingPolicies;
import org.mekong.server.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handover manifests: a sending authority lists people for a receiving agency; the receiver accepts
 * or refuses each (with a reason), the sender records each handover; both sides read the progress.
 */
@RestController
@Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
class ManifestController {

  /** The most people one manifest moves. */
  static final int MAX_PERSONS = 10_000;

  /** A new manifest. */
  record ManifestRequest(
      @Nullable String receiving,
      @Nullable TransportJson transport,
      @Nullable String date,
      @Nullable String place,
      @Nullable String actingPerson,
      @Nullable List<String> persons) {}

  /** How the people travel: a mode and a reference such as a flight number. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TransportJson(@Nullable String mode, @Nullable String reference) {}

  /** Decisions on entries, applied all or none. */
  record DecisionsRequest(@Nullable String actingPerson, @Nullable List<DecisionJson> items) {}

  /** One decision: the person, the new status, the reason of a refusal. */
  record DecisionJson(@Nullable String person, @Nullable String status, @Nullable String reason) {}

  private final ManifestStore store;
  private final PersonDisclosures disclosures;
  private final ManifestViews views;
  private final Cases cases;
  private final CaseStore caseStore;
  private final AgencyDirectory agencies;
  private final SharingPolicies sharing;
  private final CaseworkPublisher publisher;

  ManifestController(
      ManifestStore store,
      PersonDisclosures disclosures,
      ManifestViews views,
      Cases cases,
      CaseStore caseStore,
      AgencyDirectory agencies,
      SharingPolicies sharing,
      CaseworkPublisher publisher) {
    this.publisher = publisher;
    this.store = store;
    this.disclosures = disclosures;
    this.views = views;
    this.cases = cases;
    this.caseStore = caseStore;
    this.agencies = agencies;
    this.sharing = sharing;
  }

  @PostMapping("/api/v1/casework/manifests")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ManifestViews.ManifestView create(
      @AuthenticationPrincipal Caller caller,
      @RequestBody ManifestRequest body,
      HttpServletRequest http) {
    Agency sender = caller.requireAgency();
    String receiving = Ids.required("receiving", body.receiving(), 64);
    var registered =
        agencies
            .registered(receiving)
            .orElseThrow(
                () -> new BadRequestException("receiving", "names no agency known to this node"));
    if (registered.agency().id().equals(sender.id())) {
      throw new BadRequestException("receiving", "is the sending agency itself");
    }
    boolean agreed =
        sharing.agreements().stream()
            .anyMatch(a -> a.from().equals(sender.id()) && a.to().equals(registered.agency().id()));
    if (!agreed) {
      throw new CaseworkConflictException(
          "receiving",
          "has no sharing agreement with " + sender.id() + "; the operator sets one first");
    }
    TransportJson transport = body.transport();
    if (transport == null) {
      throw new BadRequestException("transport", "is required");
    }
    TransportMode mode =
        Codes.parse(
            TransportMode.class,
            "transport.mode",
            Ids.required("transport.mode", transport.mode(), 20));
    LocalDate date;
    try {
      date = LocalDate.parse(Ids.required("date", body.date(), 10));
    } catch (DateTimeParseException e) {
      throw new BadRequestException("date", "is not a date of the calendar YYYY-MM-DD");
    }
    List<String> listed = body.persons() == null ? List.of() : body.persons();
    if (listed.isEmpty() || listed.size() > MAX_PERSONS) {
      throw new BadRequestException("persons", "must list 1 to " + MAX_PERSONS + " persons");
    }
    List<PersonId> ids = new ArrayList<>();
    Set<PersonId> seen = new HashSet<>();
    for (int i = 0; i < listed.size(); i++) {
      PersonId id = new PersonId(Ids.uuid("persons[" + i + "]", listed.get(i)));
      if (!seen.add(id)) {
        throw new BadRequestException("persons[" + i + "]", "lists the same person twice");
      }
      try {
        disclosures.visible(sender, id, DisclosurePath.PERSON_READ);
      } catch (CaseworkNotFoundException e) {
        throw new BadRequestException(
            "persons[" + i + "]", "names no person visible to this agency");
      }
      if (registered.isRemote() && publisher.basis(id).isEmpty()) {
        throw new CaseworkConflictException(
            "persons[" + i + "]",
            "has no consent or override in force; a manifest to a partner node's agency carries"
                + " only people whose data may cross");
      }
      ids.add(id);
    }
    var header =
        new ManifestStore.Header(
            UUID.randomUUID(),
            sender.id(),
            registered.agency().id(),
            mode,
            transport.reference() == null
                ? null
                : Ids.required("transport.reference", transport.reference(), 100),
            date,
            body.place() == null ? null : Ids.required("place", body.place(), 200),
            Instant.now());
    store.insert(header, ids, Ids.required("actingPerson", body.actingPerson(), 200));
    publisher.sent(header, ids, store.entries(header.id()));
    AuditContext.describe(http, "manifest", header.id().toString());
    return views.view(sender, header);
  }

  @GetMapping("/api/v1/casework/manifests/{id}")
  ManifestViews.ManifestView read(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    UUID manifest = Ids.uuid("id", id);
    AuditContext.describe(http, "manifest", manifest.toString());
    return views.view(caller.requireAgency(), party(caller.requireAgency(), manifest, false));
  }

  @PostMapping("/api/v1/casework/manifests/{id}/decisions")
  @Transactional
  ManifestViews.ManifestView decide(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody DecisionsRequest body,
      HttpServletRequest http) {
    UUID manifest = Ids.uuid("id", id);
    AuditContext.describe(http, "manifest", manifest.toString());
    return decide(caller.requireAgency(), manifest, body);
  }

  /** Applies the decisions of {@code agency}, a party to the manifest, all or none. */
  ManifestViews.ManifestView decide(Agency agency, UUID manifest, DecisionsRequest body) {
    ManifestStore.Header header = party(agency, manifest, true);
    String acting = Ids.required("actingPerson", body.actingPerson(), 200);
    List<DecisionJson> items = body.items() == null ? List.of() : body.items();
    if (items.isEmpty() || items.size() > MAX_PERSONS) {
      throw new BadRequestException("items", "must hold 1 to " + MAX_PERSONS + " decisions");
    }
    Map<PersonId, ManifestStore.Entry> entries = new LinkedHashMap<>();
    store.entries(manifest).forEach(e -> entries.put(e.person(), e));
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    List<ManifestStore.Entry> decided = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String field = "items[" + i + "]";
      DecisionJson item = items.get(i);
      if (item == null) {
        throw new BadRequestException(field, "is null");
      }
      PersonId person = new PersonId(Ids.uuid(field + ".person", item.person()));
      ManifestStore.Entry entry = entries.get(person);
      if (entry == null) {
        throw new BadRequestException(field + ".person", "is not on this manifest");
      }
      EntryStatus to =
          Codes.parse(
              EntryStatus.class,
              field + ".status",
              Ids.required(field + ".status", item.status(), 20));
      boolean receiving = agency.id().equals(header.receiving());
      if ((to.recordedBy() == EntryStatus.Side.RECEIVING) != receiving) {
        throw new CaseworkForbiddenException(
            field
                + ".status: "
                + Codes.of(to)
                + " is recorded by the "
                + (receiving ? "sending" : "receiving")
                + " agency");
      }
      String refusal = entry.status().refusal(to);
      if (refusal == null
          && to == EntryStatus.HANDED_OVER
          && store.handedOverElsewhere(manifest, person, header.receiving())) {
        refusal =
            "the person was already handed over to " + header.receiving() + " on another manifest";
      }
      if (refusal != null) {
        throw new CaseworkConflictException(field + ".status", refusal);
      }
      String reason =
          item.reason() == null ? null : Ids.required(field + ".reason", item.reason(), 500);
      if (to == EntryStatus.REFUSED && reason == null) {
        throw new BadRequestException(field + ".reason", "is required to refuse a person");
      }
      if (to == EntryStatus.HANDED_OVER) {
        handOver(agency, header, person, acting, now, field);
      }
      store.update(manifest, person, to, reason, now, acting);
      entries.put(person, new ManifestStore.Entry(person, to, reason, now, acting));
      decided.add(entries.get(person));
    }
    publisher.decided(header, acting, List.copyOf(entries.values()), decided);
    return views.view(agency, header);
  }

  private void handOver(
      Agency sender,
      ManifestStore.Header header,
      PersonId person,
      String acting,
      Instant at,
      String field) {
    var open = caseStore.openCaseOf(person);
    if (open.isEmpty()) {
      return;
    }
    var event =
        new EventJson(
                "handed-over",
                null,
                acting,
                at.toString(),
                null,
                header.place() == null ? "manifest " + header.id() : header.place(),
                List.of("manifest " + header.id()),
                null,
                header.receiving().value(),
                null,
                null)
            .toEvent(sender.id(), at);
    try {
      cases.append(sender, open.get(), event);
    } catch (CaseworkConflictException | CaseworkNotFoundException e) {
      throw new CaseworkConflictException(
          field + ".status", "the person's case refuses the handover: " + e.detail());
    }
  }

  /** The manifest if {@code agency} sends or receives it, else a 404. */
  ManifestStore.Header party(Agency agency, UUID id, boolean forUpdate) {
    return store
        .header(id, forUpdate)
        .filter(h -> h.sending().equals(agency.id()) || h.receiving().equals(agency.id()))
        .orElseThrow(() -> new CaseworkNotFoundException("manifest", id.toString()));
  }
}
