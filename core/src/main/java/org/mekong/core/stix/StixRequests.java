package org.mekong.core.stix;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.stix.SdoEnvelope.Refusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests and their responses as STIX 2.1 objects of Mekong's own types ({@link RequestStixType}):
 * the common properties, TLP:RED as their only marking, the {@code new-sdo} extension, {@code
 * version}, {@code recipients} naming the one agency the object is addressed to, and the object's
 * own properties in snake_case without empty values. The same version always renders to the same
 * JSON; reading gives back what was rendered.
 */
public final class StixRequests {

  /** The properties of the object around its own. */
  private static final Set<String> ENVELOPE =
      Set.of(
          "type",
          "spec_version",
          "id",
          "created_by_ref",
          "created",
          "modified",
          "revoked",
          "object_marking_refs",
          "extensions",
          "version",
          "recipients");

  private StixRequests() {}

  /** What reading an object gave: a request object, or why it is none. */
  public sealed interface Read permits Valid, Invalid {}

  /** A well-formed object made by the agency with identity {@code createdByRef}. */
  public record Valid(
      String createdByRef,
      RequestStixType type,
      UUID id,
      AgencyId addressee,
      Instant created,
      Instant modified,
      int version,
      ObjectNode properties)
      implements Read {

    /** The object, its author being {@code author} (the agency of {@code createdByRef}). */
    public RequestObject object(AgencyId author) {
      return new RequestObject(type, id, author, addressee, created, modified, version, properties);
    }
  }

  /** Not a well-formed request object, for this reason (safe to show to the sender). */
  public record Invalid(String reason) implements Read {}

  /** The STIX object of this version. */
  public static ObjectNode object(RequestObject request) {
    ObjectNode node = Stix.object();
    node.put("type", request.type().type());
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", request.stixId());
    node.put("created_by_ref", StixIdentities.of(request.author()));
    node.put("created", Stix.timestamp(request.created()));
    node.put("modified", Stix.timestamp(request.modified()));
    node.put("revoked", false);
    node.set("object_marking_refs", Stix.array(List.of(Tlp.RED.markingDefinitionId())));
    node.putObject("extensions")
        .putObject(request.type().extensionId())
        .put("extension_type", "new-sdo");
    node.put("version", request.version());
    node.set("recipients", Stix.array(List.of(request.addressee().value())));
    SdoEnvelope.putProperties(
        node, JsonCase.toStix(request.properties()), ENVELOPE, Map.of(), "a request property");
    return node;
  }

  /** Reads an object of one of Mekong's request types. */
  public static Read read(JsonNode node) {
    try {
      return valid(node);
    } catch (Refusal refusal) {
      return new Invalid(refusal.getMessage());
    }
  }

  private static Valid valid(JsonNode node) {
    if (!node.isObject()) {
      throw new Refusal("not a JSON object");
    }
    String typeName = Stix.text(node, "type").orElse("");
    RequestStixType type =
        RequestStixType.ofType(typeName)
            .orElseThrow(
                () -> new Refusal("not one of Mekong's request types: '" + typeName + "'"));
    SdoEnvelope envelope =
        SdoEnvelope.read(
            node,
            typeName,
            type::requestId,
            type.extensionId(),
            "a revoked request object: a request changes by its steps instead");
    UUID id = envelope.id();
    String creator = envelope.creator();
    Instant created = envelope.created();
    Instant modified = envelope.modified();
    int version = envelope.version();
    List<String> refs = MarkingReader.strings(node.path("object_marking_refs"));
    if (refs == null || !refs.equals(List.of(Tlp.RED.markingDefinitionId()))) {
      throw new Refusal("object_marking_refs must name TLP:RED alone");
    }
    List<String> recipients = MarkingReader.strings(node.path("recipients"));
    if (recipients == null || recipients.size() != 1 || !AgencyId.isValid(recipients.get(0))) {
      throw new Refusal("recipients must name the one agency the object is addressed to");
    }
    ObjectNode properties = Stix.object();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!ENVELOPE.contains(property.getKey())) {
        properties.set(JsonCase.camel(property.getKey()), JsonCase.fromStix(property.getValue()));
      }
    }
    return new Valid(
        creator, type, id, new AgencyId(recipients.get(0)), created, modified, version, properties);
  }
}
