package org.mekong.server.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.requests.RequestKind;
import org.mekong.core.requests.RequestStatus;
import org.mekong.core.requests.Timeline;
import org.mekong.core.requests.Transition;
import org.mekong.core.requests.Urgency;
import org.mekong.core.stix.RequestObject;
import org.mekong.core.stix.RequestStixType;
import org.mekong.core.stix.StixRequests;
import org.mekong.server.agency.AgencyDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks and stores the request versions pulled from partners: a request becomes one for the local
 * agency it is addressed to, its deadline the sender's; a response replaces the steps of a request
 * sent from here when it is newer than the one applied, after its steps were replayed under the
 * rules of a step taken here. Anything refused is refused before anything is written.
 */
@Component
class RequestReception {

  private final RequestStore store;
  private final RequestVersions versions;
  private final AgencyDirectory agencies;
  private final JdbcClient jdbc;

  RequestReception(
      RequestStore store, RequestVersions versions, AgencyDirectory agencies, JdbcClient jdbc) {
    this.store = store;
    this.versions = versions;
    this.agencies = agencies;
    this.jdbc = jdbc;
  }

  RequestExchange.Reception request(RequestObject object, String originNode, String partner) {
    String recipient = object.addressee().value();
    Optional<AgencyDirectory.Registered> addressed = agencies.registered(recipient);
    if (addressed.isEmpty() || addressed.get().isRemote()) {
      return refused("addressed to " + recipient + ", which is no agency of this node");
    }
    if (!originNode.equals(partner)) {
      return refused(
          "relayed by " + partner + " from " + originNode + ": requests are not relayed");
    }
    if (object.version() != 1) {
      return refused("a request has one version, not " + object.version());
    }
    ObjectNode p = object.properties();
    RequestStore.Stored request;
    try {
      if (!recipient.equals(text(p, "recipient", true))) {
        return refused("recipient must be the agency recipients names");
      }
      String kindCode = text(p, "kind", true);
      RequestKind kind =
          RequestKind.fromCode(kindCode)
              .orElseThrow(() -> new InvalidInputException("kind", "is no kind of request"));
      Urgency urgency =
          Urgency.fromCode(text(p, "urgency", true))
              .orElseThrow(() -> new InvalidInputException("urgency", "is no urgency"));
      if (!p.path("payload").isObject()) {
        throw new InvalidInputException("payload", "must be an object");
      }
      List<String> targets = new ArrayList<>();
      for (JsonNode target : p.path("targets").values()) {
        if (!target.isString()) {
          throw new InvalidInputException("targets", "must be a list of texts");
        }
        targets.add(target.asString());
      }
      Timeline timeline =
          new Timeline(
              instant(p, "sentAt"),
              instant(p, "reminderAt"),
              instant(p, "deadline"),
              instant(p, "escalationAt"));
      request =
          new RequestStore.Stored(
              object.id(),
              object.author().value(),
              recipient,
              kind,
              urgency,
              text(p, "subject", true),
              text(p, "details", false),
              text(p, "legalBasis", false),
              p.get("payload"),
              targets,
              timeline,
              RequestStatus.SENT,
              timeline.sent(),
              null,
              originNode,
              partner,
              0);
    } catch (InvalidInputException e) {
      return refused("the request's " + e.field() + ": " + e.getMessage());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return refused("the request's timeline: " + e.getMessage());
    }
    Optional<RequestStore.Stored> held = store.find(object.id(), true);
    if (held.isPresent()) {
      RequestStore.Stored current = held.get();
      return originNode.equals(current.originNode()) && current.sender().equals(request.sender())
          ? new RequestExchange.Unchanged()
          : refused("clashes with a request stored here: same id, another sender");
    }
    store.insert(request);
    versions.insertReceived(
        object.id(),
        RequestStixType.REQUEST,
        1,
        object.modified(),
        StixRequests.object(object),
        originNode,
        partner);
    return new RequestExchange.Stored();
  }

  RequestExchange.Reception response(RequestObject object, String originNode, String partner) {
    Optional<RequestStore.Stored> held = store.find(object.id(), true);
    if (held.isEmpty()
        || held.get().originNode() != null
        || !originNode.equals(held.get().recipientNode())) {
      return refused("answers no request sent from this node to an agency of " + originNode);
    }
    RequestStore.Stored request = held.get();
    if (!request.recipient().equals(object.author().value())
        || !request.sender().equals(object.addressee().value())) {
      return refused(
          "comes from another agency than the request's recipient, or to another sender");
    }
    if (object.version() <= request.responseVersion()) {
      return new RequestExchange.Unchanged();
    }
    List<RequestView.Step> steps = new ArrayList<>();
    RequestStatus status = RequestStatus.SENT;
    JsonNode list = object.properties().path("steps");
    if (!list.isArray() || list.size() != object.version()) {
      return refused("steps must list one step per version, " + object.version() + " here");
    }
    for (JsonNode step : list.values()) {
      String action = step.path("action").asString("");
      switch (status.after(action, request.kind())) {
        case Transition.Moved moved -> status = moved.to();
        case Transition.Illegal illegal -> {
          return refused("step " + (steps.size() + 1) + ": " + illegal.reason());
        }
      }
      Instant at;
      try {
        at = Instant.parse(step.path("at").asString(""));
      } catch (DateTimeParseException e) {
        return refused("step " + (steps.size() + 1) + ": at must be a timestamp");
      }
      if (!step.path("status").asString("").equals(status.code())
          || !step.path("agency").asString("").equals(request.recipient())) {
        return refused("step " + (steps.size() + 1) + ": not the status or agency the rules give");
      }
      JsonNode body = step.path("body");
      steps.add(
          new RequestView.Step(
              at,
              request.recipient(),
              action,
              status.code(),
              body.isObject() ? body : RequestJson.JSON.createObjectNode()));
    }
    if (!object.properties().path("status").asString("").equals(status.code())) {
      return refused("status must be " + status.code() + ", where the steps lead");
    }
    jdbc.sql("DELETE FROM agency_request_step WHERE request_id = ?").param(request.id()).update();
    int seq = 0;
    for (RequestView.Step step : steps) {
      jdbc.sql(
              "INSERT INTO agency_request_step (request_id, seq, at, agency, action, status, body)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")
          .params(
              request.id(),
              ++seq,
              Timestamp.from(step.at()),
              step.agency(),
              step.action(),
              step.status(),
              RequestJson.JSON.writeValueAsString(step.body()))
          .update();
    }
    jdbc.sql(
            "UPDATE agency_request SET status = ?, updated = ?, response_version = ?"
                + " WHERE id = ?")
        .params(status.code(), Timestamp.from(steps.getLast().at()), object.version(), request.id())
        .update();
    versions.insertReceived(
        object.id(),
        RequestStixType.RESPONSE,
        object.version(),
        object.modified(),
        StixRequests.object(object),
        originNode,
        partner);
    return new RequestExchange.Stored();
  }

  private static RequestExchange.Refused refused(String reason) {
    return new RequestExchange.Refused(reason);
  }

  private static String text(ObjectNode node, String field, boolean required) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() && !required) {
      return "";
    }
    if (!value.isString() || value.asString().isBlank()) {
      throw new InvalidInputException(field, "must be a text");
    }
    FreeText.require(field, value.asString());
    return value.asString();
  }

  private static Instant instant(ObjectNode node, String field) {
    return Instant.parse(text(node, field, true));
  }
}
