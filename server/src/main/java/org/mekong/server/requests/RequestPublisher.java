package org.mekong.server.requests;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.stix.RequestObject;
import org.mekong.core.stix.RequestStixType;
import org.mekong.core.stix.StixRequests;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the versions that leave this node: a request to a partner node's agency (one version, for
 * the recipient's node), and after each step on a request received from a partner, the response
 * holding every step so far (for the sender's node). Runs in the caller's transaction.
 */
@Component
class RequestPublisher {

  private final RequestVersions versions;
  private final RequestStore store;

  RequestPublisher(RequestVersions versions, RequestStore store) {
    this.versions = versions;
    this.store = store;
  }

  /** Publishes a request just sent to an agency of node {@code r.recipientNode()}. */
  void request(RequestStore.Stored r) {
    String node = r.recipientNode();
    if (node == null) {
      throw new IllegalArgumentException("a request to an agency of this node stays here");
    }
    RequestObject object =
        new RequestObject(
            RequestStixType.REQUEST,
            r.id(),
            new AgencyId(r.sender()),
            new AgencyId(r.recipient()),
            r.timeline().sent(),
            r.timeline().sent(),
            1,
            properties(r));
    versions.insertOwn(
        r.id(), RequestStixType.REQUEST, 1, object.modified(), StixRequests.object(object), node);
  }

  /** Publishes the steps of a request received from node {@code r.originNode()}. */
  void response(RequestStore.Stored r) {
    String node = r.originNode();
    if (node == null) {
      throw new IllegalArgumentException("only a received request's steps travel back");
    }
    List<RequestView.Step> steps = store.steps(r.id());
    ArrayNode stepList = RequestJson.JSON.createArrayNode();
    for (RequestView.Step step : steps) {
      stepList.add(
          RequestJson.JSON
              .createObjectNode()
              .put("at", step.at().toString())
              .put("agency", step.agency())
              .put("action", step.action())
              .put("status", step.status())
              .set("body", step.body()));
    }
    ObjectNode properties = RequestJson.JSON.createObjectNode();
    properties.put("status", r.status().code());
    properties.set("steps", stepList);
    Instant created = steps.getFirst().at();
    Instant modified = steps.getLast().at();
    Instant previous = versions.lastModified(r.id(), RequestStixType.RESPONSE).orElse(null);
    if (previous != null && !modified.isAfter(previous)) {
      modified = previous.plus(1, ChronoUnit.MICROS);
    }
    RequestObject object =
        new RequestObject(
            RequestStixType.RESPONSE,
            r.id(),
            new AgencyId(r.recipient()),
            new AgencyId(r.sender()),
            created,
            modified,
            steps.size(),
            properties);
    versions.insertOwn(
        r.id(),
        RequestStixType.RESPONSE,
        steps.size(),
        modified,
        StixRequests.object(object),
        node);
  }

  /** A request's own properties as the API shows them, camelCase. */
  static ObjectNode properties(RequestStore.Stored r) {
    ObjectNode node = RequestJson.JSON.createObjectNode();
    node.put("recipient", r.recipient());
    node.put("kind", r.kind().code());
    node.put("urgency", r.urgency().code());
    node.put("subject", r.subject());
    node.put("details", r.details());
    node.put("legalBasis", r.legalBasis());
    node.set("payload", r.payload());
    node.set("targets", RequestJson.JSON.valueToTree(r.targets()));
    node.put("sentAt", r.timeline().sent().toString());
    node.put("reminderAt", r.timeline().reminder().toString());
    node.put("deadline", r.timeline().deadline().toString());
    node.put("escalationAt", r.timeline().escalation().toString());
    return node;
  }
}
