package org.mekong.server.casework;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.Consent;
import org.mekong.core.casework.DisclosurePath;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the versions of casework records that partner nodes' agencies may read, in the caller's
 * transaction: a person to each partner agency the disclosure table entitles across nodes (receiver
 * or consul of a nationality, with consent or an override; the fields of its row), a withdrawal to
 * each that was entitled and is no longer, a manifest to its receiving agency, and a receiver's
 * decisions to the sending agency.
 */
@Service
class CaseworkPublisher {

  private final PersonStore persons;
  private final ReceivedStore received;
  private final CaseworkVersions versions;
  private final AgencyDirectory agencies;
  private final CasePublisher cases;

  CaseworkPublisher(
      PersonStore persons,
      ReceivedStore received,
      CaseworkVersions versions,
      AgencyDirectory agencies,
      CasePublisher cases) {
    this.cases = cases;
    this.persons = persons;
    this.received = received;
    this.versions = versions;
    this.agencies = agencies;
  }

  /**
   * The legal basis of disclosing the person across nodes, if consent or an override is in force.
   */
  Optional<String> basis(PersonId person) {
    Optional<Consent> consent = persons.consent(person);
    if (consent.isPresent()) {
      return consent.filter(Consent::permitsDisclosure).map(Consent::basis);
    }
    return received.of(person.value()).stream()
        .map(ReceivedStore.Received::basis)
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /**
   * Publishes what changed of the person for each partner agency, withdraws it where needed, and
   * then its cases the same way.
   */
  void person(PersonId id) {
    String stixId = CaseworkStixType.PERSON.stixId(id.value());
    Map<AgencyId, CaseworkVersions.Latest> latest = versions.latest(stixId);
    Optional<StoredPerson> stored = persons.find(id);
    Map<Set<PersonField>, Set<AgencyId>> groups = new LinkedHashMap<>();
    AgencyId emitter = null;
    String basis = null;
    if (stored.isPresent()) {
      StoredPerson person = stored.get();
      List<ReceivedStore.Received> copies = received.of(id.value());
      emitter = copies.isEmpty() ? person.createdBy() : copies.getFirst().agency();
      basis = basis(id).orElse(null);
      Set<AgencyId> receivers = persons.receivers(id);
      Map<AgencyId, String> remote = agencies.remoteNodes();
      for (Agency agency : agencies.list()) {
        if (!remote.containsKey(agency.id())
            || copies.stream().anyMatch(c -> c.originNode().equals(remote.get(agency.id())))) {
          continue; // this node's own agencies; never back to the node the record came from
        }
        boolean consul =
            agency.kind() == AgencyKind.CONSULAR
                && person.person().nationalities().stream()
                    .map(Nationality::country)
                    .flatMap(Optional::stream)
                    .anyMatch(agency.country()::equals);
        Recipient relation =
            Recipient.of(agency.kind(), false, false, consul, receivers.contains(agency.id()));
        Set<PersonField> fields = EnumSet.noneOf(PersonField.class);
        fields.addAll(DisclosurePolicy.acrossNodes(relation, basis != null));
        fields.retainAll(DisclosurePolicy.shownOn(DisclosurePath.PERSON_READ));
        for (ReceivedStore.Received copy : copies) {
          fields.retainAll(copy.fields());
        }
        if (fields.contains(PersonField.NAMES)) {
          groups.computeIfAbsent(fields, f -> new TreeSet<>(AgencyOrder.ORDER)).add(agency.id());
        }
      }
    }
    Set<AgencyId> addressed = new TreeSet<>(AgencyOrder.ORDER);
    for (Map.Entry<Set<PersonField>, Set<AgencyId>> group : groups.entrySet()) {
      addressed.addAll(group.getValue());
      StoredPerson person = stored.orElseThrow();
      ObjectNode record = PersonStore.JSON.valueToTree(person.json().only(group.getKey()));
      CaseworkObject next =
          next(
              CaseworkStixType.PERSON,
              id.value(),
              emitter,
              person.createdAt(),
              group.getValue(),
              basis,
              false,
              record,
              stixId);
      if (group.getValue().stream().anyMatch(a -> changed(latest.get(a), next))) {
        versions.insert(next);
      }
    }
    Set<AgencyId> withdrawn = new TreeSet<>(AgencyOrder.ORDER);
    latest.forEach(
        (agency, last) -> {
          if (!last.withdrawn() && !addressed.contains(agency)) {
            withdrawn.add(agency);
          }
        });
    if (!withdrawn.isEmpty()) {
      CaseworkVersions.Latest last =
          java.util.Objects.requireNonNull(latest.get(withdrawn.iterator().next()));
      AgencyId originator = emitter != null ? emitter : last.originator();
      versions.insert(
          next(
              CaseworkStixType.PERSON,
              id.value(),
              originator,
              Instant.parse(last.object().get("created").asString()),
              withdrawn,
              null,
              true,
              PersonStore.JSON.createObjectNode(),
              stixId));
    }
    cases.ofPerson(id);
  }

  /**
   * A determination this node's agency recorded travels, as a version of its own, to the partner
   * agencies that hold the person now (a receiver's and a consul's rows both show determinations).
   */
  void determination(org.mekong.core.casework.Determination d) {
    if (agencies.remoteNodes().containsKey(d.agency())) {
      return;
    }
    Set<AgencyId> audience = new TreeSet<>(AgencyOrder.ORDER);
    versions
        .latest(CaseworkStixType.PERSON.stixId(d.person().value()))
        .forEach(
            (agency, last) -> {
              if (!last.withdrawn()) {
                audience.add(agency);
              }
            });
    if (audience.isEmpty()) {
      return;
    }
    ObjectNode record = PersonStore.JSON.createObjectNode();
    record.put("person", d.person().toString());
    record.put("verdict", Codes.of(d.verdict()));
    record.put("agency", d.agency().value());
    record.put("decidedBy", d.decidedBy());
    record.put("at", d.at().toString());
    record.put("basis", d.basis());
    if (d.supersedes() != null) {
      record.put("supersedes", String.valueOf(d.supersedes()));
    }
    Instant now = now(null);
    versions.insert(
        new CaseworkObject(
            CaseworkStixType.DETERMINATION,
            d.id(),
            d.agency(),
            now,
            now,
            1,
            audience,
            null,
            false,
            record));
  }

  /** A new manifest: to a partner node's agency, its people and itself travel. */
  void sent(ManifestStore.Header header, List<PersonId> people, List<ManifestStore.Entry> entries) {
    if (agencies.remoteNodes().containsKey(header.receiving())) {
      people.forEach(this::person);
      manifest(header, entries);
    }
  }

  /**
   * Decisions on a manifest: the sender's on one to a partner node's agency travel as a new version
   * of it; a receiver's on a partner's manifest travel back to its sender.
   */
  void decided(
      ManifestStore.Header header,
      String actingPerson,
      List<ManifestStore.Entry> entries,
      List<ManifestStore.Entry> decided) {
    Map<AgencyId, String> remote = agencies.remoteNodes();
    if (remote.containsKey(header.receiving())) {
      manifest(header, entries);
    } else if (remote.containsKey(header.sending())) {
      decisions(header, actingPerson, decided);
    }
  }

  /** Publishes the manifest's current state to its receiving agency, a partner node's. */
  private void manifest(ManifestStore.Header header, List<ManifestStore.Entry> entries) {
    String stixId = CaseworkStixType.MANIFEST.stixId(header.id());
    versions.insert(
        next(
            CaseworkStixType.MANIFEST,
            header.id(),
            header.sending(),
            header.createdAt(),
            Set.of(header.receiving()),
            null,
            false,
            ManifestRecords.manifest(header, entries),
            stixId));
  }

  /** Sends a receiver's decisions on a partner's manifest back to its sending agency. */
  private void decisions(
      ManifestStore.Header header, String actingPerson, List<ManifestStore.Entry> decided) {
    Instant now = now(null);
    versions.insert(
        new CaseworkObject(
            CaseworkStixType.MANIFEST_DECISION,
            UUID.randomUUID(),
            header.receiving(),
            now,
            now,
            1,
            Set.of(header.sending()),
            null,
            false,
            ManifestRecords.decisions(header, actingPerson, decided)));
  }

  private CaseworkObject next(
      CaseworkStixType type,
      UUID id,
      @Nullable AgencyId originator,
      Instant created,
      Set<AgencyId> audience,
      @Nullable String basis,
      boolean withdrawn,
      ObjectNode record,
      String stixId) {
    if (originator == null) {
      throw new IllegalStateException("a version needs its originator");
    }
    Instant modified = now(created);
    return new CaseworkObject(
        type,
        id,
        originator,
        created.truncatedTo(ChronoUnit.MICROS),
        modified,
        versions.lastVersion(stixId) + 1,
        audience,
        basis,
        withdrawn,
        record);
  }

  private static Instant now(@Nullable Instant notBefore) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return notBefore != null && now.isBefore(notBefore) ? notBefore : now;
  }

  /** Whether {@code next} says something other than the last version the agency got. */
  private static boolean changed(CaseworkVersions.@Nullable Latest last, CaseworkObject next) {
    if (last == null || last.withdrawn()) {
      return true;
    }
    return !content(last.object()).equals(content(StixCasework.object(next)));
  }

  private static JsonNode content(JsonNode object) {
    ObjectNode copy = ((ObjectNode) object).deepCopy();
    List.of("version", "modified", "audience", "created_by_ref").forEach(copy::remove);
    return copy;
  }

  /** Agencies in a stable order. */
  private static final class AgencyOrder {
    static final java.util.Comparator<AgencyId> ORDER =
        java.util.Comparator.comparing(AgencyId::value);
  }
}
