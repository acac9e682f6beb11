package org.mekong.server.casework;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.casework.CaseEvent;
import org.mekong.core.casework.CaseFile;
import org.mekong.core.casework.CaseId;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePolicy;
import org.mekong.core.casework.Nationality;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.Recipient;
import org.mekong.core.stix.CaseworkObject;
import org.mekong.core.stix.CaseworkStixType;
import org.mekong.core.stix.StixCasework;
import org.mekong.server.agency.AgencyDirectory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the versions of cases that partner nodes' agencies may read, in the caller's transaction:
 * a case opened on this node, with its whole timeline, to each partner agency that holds the
 * person's current version as a receiver (the disclosure table's across-nodes row giving it the
 * cases), a withdrawal to each that held it and no longer does; and an event recorded on a
 * partner's case, to the agency that sent the case.
 */
@Service
class CasePublisher {

  private static final Comparator<AgencyId> ORDER = Comparator.comparing(AgencyId::value);

  private final CaseStore cases;
  private final PersonStore persons;
  private final ReceivedStore received;
  private final CaseworkVersions versions;
  private final AgencyDirectory agencies;

  CasePublisher(
      CaseStore cases,
      PersonStore persons,
      ReceivedStore received,
      CaseworkVersions versions,
      AgencyDirectory agencies) {
    this.cases = cases;
    this.persons = persons;
    this.received = received;
    this.versions = versions;
    this.agencies = agencies;
  }

  /** Publishes what changed of each of the person's cases (also those since purged). */
  void ofPerson(PersonId person) {
    Set<UUID> ids = new LinkedHashSet<>();
    cases.of(person).forEach(c -> ids.add(c.value()));
    if (persons.find(person).isEmpty()) {
      ids.addAll(versions.about(CaseworkStixType.CASE.kind(), person.value()));
    }
    ids.forEach(id -> publish(new CaseId(id)));
  }

  /**
   * After an event on the case: this node's case goes out again; an event on a partner's case goes
   * to the agency that sent the case.
   */
  void changed(CaseFile after) {
    List<ReceivedStore.Received> copies = received.of(after.id().value());
    if (copies.isEmpty()) {
      publish(after.id());
      return;
    }
    CaseEvent event = after.timeline().getLast();
    ObjectNode record = PersonStore.JSON.createObjectNode();
    record.put("case", after.id().toString());
    record.set("event", PersonStore.JSON.valueToTree(EventJson.of(event)));
    Instant now = now(null);
    versions.insert(
        new CaseworkObject(
            CaseworkStixType.CASE_EVENT,
            UUID.randomUUID(),
            event.details().agency(),
            now,
            now,
            1,
            Set.of(copies.getFirst().originator()),
            null,
            false,
            record));
  }

  /** Publishes the case of this node to its audience; a partner's case is never passed on. */
  private void publish(CaseId id) {
    if (!received.of(id.value()).isEmpty()) {
      return;
    }
    String stixId = CaseworkStixType.CASE.stixId(id.value());
    Map<AgencyId, CaseworkVersions.Latest> latest = versions.latest(stixId);
    if (latest.isEmpty() && agencies.remoteNodes().isEmpty()) {
      return; // no partner agency was ever addressed, nor can be
    }
    Optional<CaseFile> file = cases.find(id, false);
    Set<AgencyId> audience = new TreeSet<>(ORDER);
    file.ifPresent(f -> audience.addAll(audience(f.person())));
    Instant created =
        latest.values().stream()
            .findFirst()
            .map(l -> Instant.parse(l.object().get("created").asString()))
            .orElseGet(() -> now(null));
    if (file.isPresent() && !audience.isEmpty()) {
      CaseworkObject next =
          version(id, file.get().openedBy(), created, audience, false, record(file.get()));
      boolean changed =
          audience.stream()
              .map(latest::get)
              .anyMatch(last -> last == null || last.withdrawn() || !same(last, next));
      if (changed) {
        versions.insert(next);
      }
    }
    Set<AgencyId> withdrawn = new TreeSet<>(ORDER);
    latest.forEach(
        (agency, last) -> {
          if (!last.withdrawn() && !audience.contains(agency)) {
            withdrawn.add(agency);
          }
        });
    if (!withdrawn.isEmpty()) {
      AgencyId originator =
          Objects.requireNonNull(latest.get(withdrawn.iterator().next())).originator();
      versions.insert(
          version(id, originator, created, withdrawn, true, PersonStore.JSON.createObjectNode()));
    }
  }

  /**
   * The partner agencies that hold the person's current version as receivers and whose row of the
   * table across nodes gives them the cases.
   */
  private Set<AgencyId> audience(PersonId person) {
    Set<AgencyId> audience = new TreeSet<>(ORDER);
    Optional<StoredPerson> stored = persons.find(person);
    if (stored.isEmpty()) {
      return audience;
    }
    Set<AgencyId> receivers = persons.receivers(person);
    versions
        .latest(CaseworkStixType.PERSON.stixId(person.value()))
        .forEach(
            (agencyId, last) -> {
              Optional<Agency> agency = agencies.find(agencyId.value());
              if (last.withdrawn() || agency.isEmpty() || !receivers.contains(agencyId)) {
                return;
              }
              boolean consul =
                  agency.get().kind() == AgencyKind.CONSULAR
                      && stored.get().person().nationalities().stream()
                          .map(Nationality::country)
                          .flatMap(Optional::stream)
                          .anyMatch(agency.get().country()::equals);
              Recipient relation = Recipient.of(agency.get().kind(), false, false, consul, true);
              if (DisclosurePolicy.acrossNodes(relation, true).contains(PersonField.CASES)) {
                audience.add(agencyId);
              }
            });
    return audience;
  }

  /** The case as it travels: its person, opening agency, state and whole timeline. */
  private static ObjectNode record(CaseFile file) {
    ObjectNode record = PersonStore.JSON.createObjectNode();
    record.put("person", file.person().toString());
    record.put("openedBy", file.openedBy().value());
    record.put("state", Codes.of(file.state()));
    record.set(
        "events",
        PersonStore.JSON.valueToTree(file.timeline().stream().map(EventJson::of).toList()));
    return record;
  }

  private CaseworkObject version(
      CaseId id,
      AgencyId originator,
      Instant created,
      Set<AgencyId> audience,
      boolean withdrawn,
      ObjectNode record) {
    String stixId = CaseworkStixType.CASE.stixId(id.value());
    return new CaseworkObject(
        CaseworkStixType.CASE,
        id.value(),
        originator,
        created.truncatedTo(ChronoUnit.MICROS),
        now(created),
        versions.lastVersion(stixId) + 1,
        audience,
        null,
        withdrawn,
        record);
  }

  /** Whether the last version carried the same case as {@code next}. */
  private static boolean same(CaseworkVersions.Latest last, CaseworkObject next) {
    ObjectNode rendered = StixCasework.object(next);
    return List.of("person", "opened_by", "state", "events").stream()
        .allMatch(f -> Objects.equals(last.object().get(f), rendered.get(f)));
  }

  private static Instant now(@Nullable Instant notBefore) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return notBefore != null && now.isBefore(notBefore) ? notBefore : now;
  }
}
