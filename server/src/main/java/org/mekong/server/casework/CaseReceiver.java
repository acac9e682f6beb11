package org.mekong.server.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.casework.CaseEvent;
import org.mekong.core.casework.CaseFile;
import org.mekong.core.casework.CaseId;
import org.mekong.core.casework.PersonId;
import org.mekong.core.casework.Transition;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.Timestamps;
import org.mekong.core.stix.CaseworkObject;
import org.mekong.core.stix.CaseworkStixType;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Stores the cases pulled from partners and applies the events partners recorded on this node's
 * cases: a case (its whole timeline checked by the lifecycle, stored under its originator for the
 * local agencies it was addressed to, or deleted when withdrawn), and an event on a case of this
 * node (appended with the lifecycle's rules, once, then the case goes out again).
 */
@Service
class CaseReceiver {

  private final CaseStore cases;
  private final ReceivedStore received;
  private final CaseworkVersions versions;
  private final CasePublisher publisher;

  CaseReceiver(
      CaseStore cases, ReceivedStore received, CaseworkVersions versions, CasePublisher publisher) {
    this.cases = cases;
    this.received = received;
    this.versions = versions;
    this.publisher = publisher;
  }

  /** A partner's case, for the local agency {@code puller}. */
  CaseworkExchange.Reception kase(
      CaseworkObject object, AgencyId puller, String originNode, String partner) {
    CaseId id = new CaseId(object.id());
    Optional<CaseFile> stored = cases.find(id, true);
    if (stored.isPresent() && received.of(object.id()).isEmpty()) {
      return refused("the id of a case of this node");
    }
    if (object.withdrawn()) {
      received.delete(object.stixId(), puller);
      if (stored.isPresent() && received.of(object.id()).isEmpty()) {
        cases.delete(id);
      }
      return new CaseworkExchange.Stored();
    }
    JsonNode record = object.record();
    PersonId person = new PersonId(UUID.fromString(text(record, "person")));
    if (received.find(CaseworkStixType.PERSON.stixId(person.value()), puller).isEmpty()) {
      return refused("is about person " + person + ", whose record did not reach " + puller);
    }
    if (stored.isPresent() && !stored.get().person().equals(person)) {
      return refused("clashes with a case stored here: same id, another person");
    }
    JsonNode events = record.path("events");
    if (!events.isArray() || events.isEmpty()) {
      throw new InvalidInputException("events", "must list at least the opening event");
    }
    List<CaseEvent> timeline = new ArrayList<>();
    for (JsonNode node : events) {
      timeline.add(event(node, "events[" + timeline.size() + "]"));
    }
    Transition built = CaseFile.open(id, person, timeline.getFirst());
    for (int i = 1; i < timeline.size(); i++) {
      if (built instanceof Transition.Accepted accepted) {
        built = accepted.file().apply(timeline.get(i));
      }
    }
    if (built instanceof Transition.Refused refusal) {
      return refused("the timeline breaks the lifecycle: " + refusal.reason());
    }
    CaseFile file = ((Transition.Accepted) built).file();
    if (!file.openedBy().value().equals(text(record, "openedBy"))) {
      return refused("openedBy is not the agency of the opening event");
    }
    cases.replace(file);
    received.putRecord(object, puller, originNode, partner);
    return new CaseworkExchange.Stored();
  }

  /** An event a partner's agency recorded on its copy of a case of this node. */
  CaseworkExchange.Reception event(
      CaseworkObject object, AgencyId puller, String originNode, String partner) {
    JsonNode record = object.record();
    CaseId id = new CaseId(UUID.fromString(text(record, "case")));
    Optional<CaseFile> stored = cases.find(id, true);
    CaseworkVersions.Latest sent =
        versions.latest(CaseworkStixType.CASE.stixId(id.value())).get(object.originator());
    if (stored.isEmpty()
        || !received.of(id.value()).isEmpty()
        || sent == null
        || sent.withdrawn()
        || !sent.originator().equals(puller)) {
      return refused(
          "is about no case that " + puller.value() + " sent to " + object.originator().value());
    }
    CaseEvent event = event(record.path("event"), "event");
    if (!event.details().agency().equals(object.originator())) {
      return refused("event.agency is not the agency that recorded it");
    }
    CaseFile file = stored.get();
    if (file.timeline().contains(event)) {
      return new CaseworkExchange.Unchanged();
    }
    return switch (file.apply(event)) {
      case Transition.Refused refusal -> refused("event.type: " + refusal.reason());
      case Transition.Accepted accepted -> {
        cases.append(accepted.file());
        received.putRecord(object, puller, originNode, partner);
        publisher.changed(accepted.file());
        yield new CaseworkExchange.Stored();
      }
    };
  }

  private static CaseEvent event(JsonNode node, String field) {
    if (!node.isObject()) {
      throw new InvalidInputException(field, "must be an event");
    }
    EventJson json = PersonStore.JSON.treeToValue(node, EventJson.class);
    if (json.agency() == null || !AgencyId.isValid(json.agency())) {
      throw new InvalidInputException(field + ".agency", "must be an agency id");
    }
    return json.toEvent(new AgencyId(json.agency()), Timestamps.LATEST);
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
