package org.mekong.server.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.Determination;
import org.mekong.core.casework.DeterminationHistory;
import org.mekong.core.casework.EntryStatus;
import org.mekong.core.casework.Person;
import org.mekong.core.casework.PersonField;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.Verdict;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.stix.CaseworkObject;
import org.mekong.core.stix.CaseworkStixType;
import org.mekong.server.agency.AgencyDirectory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Stores the casework versions pulled from partners, each checked as the casework API checks a
 * write: a person (stored under its originator, readable only by the local agencies it was
 * addressed to, with the fields it carried), a withdrawal (what is held of the person is deleted),
 * a partner's manifest to a local agency, a receiver's decisions on a local manifest (applied with
 * the same rules as {@code POST /manifests/{id}/decisions}, all or none, once), and cases and the
 * events recorded on them ({@link CaseReceiver}).
 */
@Service
class CaseworkReceiver {

  private final PersonStore persons;
  private final ReceivedStore received;
  private final ManifestStore manifests;
  private final RetentionStore retention;
  private final AgencyDirectory agencies;
  private final DeterminationController determinations;
  private final CaseReceiver cases;

  CaseworkReceiver(
      DeterminationController determinations,
      CaseReceiver cases,
      PersonStore persons,
      ReceivedStore received,
      ManifestStore manifests,
      RetentionStore retention,
      AgencyDirectory agencies) {
    this.persons = persons;
    this.received = received;
    this.manifests = manifests;
    this.retention = retention;
    this.agencies = agencies;
    this.determinations = determinations;
    this.cases = cases;
  }

  private CaseworkExchange.Reception determination(
      CaseworkObject object, AgencyId puller, String originNode, String partner) {
    JsonNode record = object.record();
    PersonId person = new PersonId(UUID.fromString(text(record, "person")));
    if (received.find(CaseworkStixType.PERSON.stixId(person.value()), puller).isEmpty()) {
      return refused("is about person " + person + ", whose record did not reach " + puller);
    }
    if (!text(record, "agency").equals(object.originator().value())) {
      return refused("a determination is recorded by its originator");
    }
    JsonNode supersedes = record.path("supersedes");
    Determination next =
        new Determination(
            object.id(),
            person,
            org.mekong.core.casework.Codes.parse(Verdict.class, "verdict", text(record, "verdict")),
            object.originator(),
            text(record, "decidedBy"),
            Instant.parse(text(record, "at")),
            text(record, "basis"),
            supersedes.isMissingNode() ? null : UUID.fromString(supersedes.asString()));
    DeterminationHistory history = determinations.history(person);
    if (history.determinations().stream().anyMatch(d -> d.id().equals(next.id()))) {
      return new CaseworkExchange.Unchanged();
    }
    String refusal = history.refusal(next);
    if (refusal != null) {
      return refused("supersedes: " + refusal);
    }
    determinations.insert(next, history.determinations().size());
    received.putRecord(object, puller, originNode, partner);
    return new CaseworkExchange.Stored();
  }

  CaseworkExchange.Reception receive(
      CaseworkObject object, AgencyId puller, String originNode, String partner) {
    if (!object.audience().contains(puller)) {
      return refused("not addressed to " + puller.value());
    }
    Optional<ReceivedStore.Received> held = received.find(object.stixId(), puller);
    if (held.isPresent() && !held.get().modified().isBefore(object.modified())) {
      return new CaseworkExchange.Unchanged();
    }
    try {
      return switch (object.type()) {
        case PERSON -> person(object, puller, originNode, partner);
        case MANIFEST -> manifest(object, puller, originNode, partner);
        case MANIFEST_DECISION -> decision(object, puller, originNode, partner);
        case DETERMINATION -> determination(object, puller, originNode, partner);
        case CASE -> cases.kase(object, puller, originNode, partner);
        case CASE_EVENT -> cases.event(object, puller, originNode, partner);
      };
    } catch (InvalidInputException e) {
      return refused("the record's " + e.getMessage());
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return refused("the record is not a " + object.type().kind() + ": " + e.getMessage());
    } catch (tools.jackson.core.JacksonException e) {
      return refused("the record is not a " + object.type().kind() + " as the API writes it");
    }
  }

  private CaseworkExchange.Reception person(
      CaseworkObject object, AgencyId puller, String originNode, String partner) {
    PersonId id = new PersonId(object.id());
    Optional<StoredPerson> stored = persons.find(id);
    if (stored.isPresent() && agencies.remoteNodes().get(stored.get().createdBy()) == null) {
      return refused("the id of a person of this node");
    }
    if (object.withdrawn()) {
      received.delete(object.stixId(), puller);
      if (stored.isPresent() && received.of(object.id()).isEmpty()) {
        retention.erase(object.id());
      }
      return new CaseworkExchange.Stored();
    }
    PersonJson json = PersonStore.JSON.treeToValue(object.record(), PersonJson.class);
    Person person = json.toPerson(id, LocalDate.now(ZoneOffset.UTC));
    if (stored.isEmpty()) {
      persons.insert(person, object.originator(), object.created(), null);
    } else {
      persons.replace(person, stored.get().createdBy());
    }
    persons.index().consented(id);
    received.put(
        new ReceivedStore.Received(
            object.stixId(),
            object.id(),
            puller,
            object.originator(),
            originNode,
            partner,
            object.version(),
            object.modified(),
            carried(json),
            object.basis()));
    return new CaseworkExchange.Stored();
  }

  /** The fields a person's object carried, with its cases and determinations. */
  private static Set<PersonField> carried(PersonJson json) {
    Set<PersonField> fields = EnumSet.of(PersonField.CASES, PersonField.DETERMINATIONS);
    for (PersonField field : PersonField.values()) {
      if (!json.only(EnumSet.of(field)).equals(json.only(EnumSet.noneOf(PersonField.class)))) {
        fields.add(field);
      }
    }
    return fields;
  }

  private CaseworkExchange.Reception manifest(
      CaseworkObject object, AgencyId puller, String originNode, String partner) {
    JsonNode record = object.record();
    if (!text(record, "sending").equals(object.originator().value())) {
      return refused("a manifest is sent by its originator, not " + text(record, "sending"));
    }
    if (!text(record, "receiving").equals(puller.value())) {
      return refused("a manifest reaches its receiving agency only, not " + puller.value());
    }
    ManifestStore.Header header =
        new ManifestStore.Header(
            object.id(),
            object.originator(),
            puller,
            org.mekong.core.casework.Codes.parse(
                org.mekong.core.casework.TransportMode.class,
                "transport.mode",
                text(record.path("transport"), "mode")),
            record.path("transport").path("reference").asString(null),
            LocalDate.parse(text(record, "date")),
            record.path("place").asString(null),
            object.created());
    List<ManifestStore.Entry> entries = entries(record.path("entries"), "updatedBy");
    for (ManifestStore.Entry entry : entries) {
      if (received.find(CaseworkStixType.PERSON.stixId(entry.person().value()), puller).isEmpty()) {
        return refused("lists person " + entry.person() + ", whose record did not reach " + puller);
      }
    }
    Optional<ManifestStore.Header> existing = manifests.header(object.id(), true);
    if (existing.isEmpty()) {
      manifests.insertAll(header, entries);
    } else if (!existing.get().sending().equals(header.sending())
        || !existing.get().receiving().equals(puller)) {
      return refused("clashes with a manifest stored here: same id, other sides");
    } else {
      Map<PersonId, ManifestStore.Entry> local = new LinkedHashMap<>();
      manifests.entries(object.id()).forEach(e -> local.put(e.person(), e));
      for (ManifestStore.Entry entry : entries) {
        ManifestStore.Entry mine = local.get(entry.person());
        if (mine != null && entry.updatedAt().isAfter(mine.updatedAt())) {
          manifests.update(
              object.id(),
              entry.person(),
              entry.status(),
              entry.reason(),
              entry.updatedAt(),
              entry.updatedBy());
        }
      }
    }
    received.putRecord(object, puller, originNode, partner);
    return new CaseworkExchange.Stored();
  }

  private CaseworkExchange.Reception decision(
      CaseworkObject object, AgencyId puller, String originNode, String partner) {
    JsonNode record = object.record();
    UUID id = UUID.fromString(text(record, "manifest"));
    Optional<ManifestStore.Header> header = manifests.header(id, true);
    if (header.isEmpty()
        || !header.get().sending().equals(puller)
        || !header.get().receiving().equals(object.originator())) {
      return refused("decides on no manifest that " + puller + " sent to " + object.originator());
    }
    Map<PersonId, ManifestStore.Entry> local = new LinkedHashMap<>();
    manifests.entries(id).forEach(e -> local.put(e.person(), e));
    List<ManifestStore.Entry> apply = new ArrayList<>();
    String acting = text(record, "actingPerson");
    int i = 0;
    for (ManifestStore.Entry decided : entries(record.path("decisions"), null)) {
      String field = "decisions[" + i++ + "]";
      ManifestStore.Entry mine = local.get(decided.person());
      if (mine == null) {
        return refused(field + ".person is not on manifest " + id);
      }
      if (decided.status().recordedBy() != EntryStatus.Side.RECEIVING) {
        return refused(field + ".status is recorded by the sending agency");
      }
      if (!decided.updatedAt().isAfter(mine.updatedAt())) {
        continue; // applied already, or overtaken by a later change
      }
      String refusal = mine.status().refusal(decided.status());
      if (refusal != null) {
        return refused(field + ".status: " + refusal);
      }
      if (decided.status() == EntryStatus.REFUSED && decided.reason() == null) {
        return refused(field + ".reason is required to refuse a person");
      }
      apply.add(decided);
    }
    for (ManifestStore.Entry entry : apply) {
      manifests.update(
          id, entry.person(), entry.status(), entry.reason(), entry.updatedAt(), acting);
    }
    received.putRecord(object, puller, originNode, partner);
    return new CaseworkExchange.Stored();
  }

  private List<ManifestStore.Entry> entries(
      JsonNode list, @org.jspecify.annotations.Nullable String by) {
    if (!list.isArray() || list.isEmpty()) {
      throw new InvalidInputException("entries", "must list at least one person");
    }
    List<ManifestStore.Entry> entries = new ArrayList<>();
    for (JsonNode e : list) {
      entries.add(
          new ManifestStore.Entry(
              new PersonId(UUID.fromString(text(e, "person"))),
              org.mekong.core.casework.Codes.parse(EntryStatus.class, "status", text(e, "status")),
              e.path("reason").asString(null),
              Instant.parse(text(e, "updatedAt")),
              by == null ? "" : text(e, by)));
    }
    return entries;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isString() || value.asString().isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    return value.asString();
  }

  private static CaseworkExchange.Refused refused(String reason) {
    return new CaseworkExchange.Refused(reason);
  }
}
