package org.mekong.core.stix;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.marking.Tlp;
import org.mekong.core.stix.SdoEnvelope.Refusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Casework records as STIX 2.1 objects of Mekong's own types ({@link CaseworkStixType}): the common
 * properties, TLP:RED (only the named audience reads them), the {@code new-sdo} extension, {@code
 * version}, {@code audience} (the agency ids addressed), {@code disclosure_basis} for a person,
 * {@code withdrawn} for a withdrawal, and the record's own properties in snake_case, empties left
 * out. The same version always renders to the same JSON; reading gives back what was rendered.
 */
public final class StixCasework {

  /** The properties of the object around the record's own. */
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
          "audience",
          "disclosure_basis",
          "withdrawn");

  /**
   * Record properties whose names STIX forbids (shorter than three characters) and the names they
   * travel under.
   */
  private static final Map<String, String> RENAMED = Map.of("at", "decided_at");

  private StixCasework() {}

  /** What reading an object gave: a casework object, or why it is none. */
  public sealed interface Read permits Valid, Invalid {}

  /** A well-formed casework object whose originator is the agency with {@code createdByRef}. */
  public record Valid(
      String createdByRef,
      CaseworkStixType type,
      UUID id,
      Instant created,
      Instant modified,
      int version,
      Set<AgencyId> audience,
      @Nullable String basis,
      boolean withdrawn,
      ObjectNode record)
      implements Read {

    /** The object, its originator being {@code originator} (the agency of {@code createdByRef}). */
    public CaseworkObject object(AgencyId originator) {
      return new CaseworkObject(
          type, id, originator, created, modified, version, audience, basis, withdrawn, record);
    }
  }

  /** Not a well-formed casework object, for this reason (safe to show to the sender). */
  public record Invalid(String reason) implements Read {}

  /** The STIX object of this version. */
  public static ObjectNode object(CaseworkObject version) {
    ObjectNode node = Stix.object();
    node.put("type", version.type().type());
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", version.stixId());
    node.put("created_by_ref", StixIdentities.of(version.originator()));
    node.put("created", Stix.timestamp(version.created()));
    node.put("modified", Stix.timestamp(version.modified()));
    node.put("revoked", false);
    node.set("object_marking_refs", Stix.array(List.of(Tlp.RED.markingDefinitionId())));
    node.putObject("extensions")
        .putObject(version.type().extensionId())
        .put("extension_type", "new-sdo");
    node.put("version", version.version());
    node.set(
        "audience", Stix.array(version.audience().stream().map(AgencyId::value).sorted().toList()));
    if (version.basis() != null) {
      node.put("disclosure_basis", version.basis());
    }
    if (version.withdrawn()) {
      node.put("withdrawn", true);
    }
    SdoEnvelope.putProperties(
        node, JsonCase.toStix(version.record()), ENVELOPE, RENAMED, "a record property");
    return node;
  }

  /** Reads an object of one of Mekong's casework types. */
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
    CaseworkStixType type =
        CaseworkStixType.ofType(typeName)
            .orElseThrow(
                () -> new Refusal("not one of Mekong's casework types: '" + typeName + "'"));
    SdoEnvelope envelope =
        SdoEnvelope.read(
            node,
            typeName,
            type::recordId,
            type.extensionId(),
            "a revoked casework object: Mekong withdraws a record instead");
    UUID id = envelope.id();
    String creator = envelope.creator();
    Instant created = envelope.created();
    Instant modified = envelope.modified();
    int version = envelope.version();
    List<String> refs = MarkingReader.strings(node.path("object_marking_refs"));
    if (refs == null || !refs.equals(List.of(Tlp.RED.markingDefinitionId()))) {
      throw new Refusal("object_marking_refs must be TLP:RED alone");
    }
    List<String> named = MarkingReader.strings(node.path("audience"));
    if (named == null || named.isEmpty() || !named.stream().allMatch(AgencyId::isValid)) {
      throw new Refusal("audience must be a list of one or more agency ids");
    }
    Set<AgencyId> audience = new LinkedHashSet<>();
    named.forEach(agency -> audience.add(new AgencyId(agency)));
    String basis = basis(node, type);
    JsonNode withdrawnNode = node.path("withdrawn");
    if (!withdrawnNode.isMissingNode() && !withdrawnNode.isBoolean()) {
      throw new Refusal("withdrawn must be true or false");
    }
    boolean withdrawn = withdrawnNode.asBoolean(false);
    ObjectNode record = Stix.object();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (RENAMED.containsKey(property.getKey())) {
        throw new Refusal("'" + property.getKey() + "' is no property name in STIX");
      }
      if (!ENVELOPE.contains(property.getKey())) {
        String name =
            RENAMED.entrySet().stream()
                .filter(r -> r.getValue().equals(property.getKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(JsonCase.camel(property.getKey()));
        record.set(name, JsonCase.fromStix(property.getValue()));
      }
    }
    if (withdrawn && !record.isEmpty()) {
      throw new Refusal("a withdrawal carries no record property");
    }
    if (!withdrawn && record.isEmpty()) {
      throw new Refusal("no record property");
    }
    return new Valid(
        creator, type, id, created, modified, version, audience, basis, withdrawn, record);
  }

  private static @Nullable String basis(JsonNode node, CaseworkStixType type) {
    JsonNode basis = node.path("disclosure_basis");
    if (basis.isMissingNode()) {
      if (type == CaseworkStixType.PERSON && !node.path("withdrawn").asBoolean(false)) {
        throw new Refusal("a person's data travels only with its disclosure_basis");
      }
      return null;
    }
    if (!basis.isString()
        || basis.asString().length() > 520
        || !(basis.asString().equals("consent") || basis.asString().startsWith("override: "))) {
      throw new Refusal("disclosure_basis must be 'consent' or 'override: <legal basis>'");
    }
    return basis.asString();
  }
}
