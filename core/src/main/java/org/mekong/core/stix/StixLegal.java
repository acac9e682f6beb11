package org.mekong.core.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;
import org.mekong.core.stix.SdoEnvelope.Refusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Legal records as STIX 2.1 objects of Mekong's own types ({@link LegalStixType}): the common
 * properties, the TLP and Mekong marking refs, the {@code new-sdo} extension, Mekong's marking
 * properties ({@code handling}, {@code handling_restrictions}, {@code evaluation}, {@code
 * recipients}), {@code categories}, {@code version}, and the record's own properties in snake_case.
 * The same version always renders to the same JSON; reading gives back what was rendered.
 */
public final class StixLegal {

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
          "categories",
          "handling",
          "handling_restrictions",
          "evaluation",
          "recipients");

  private StixLegal() {}

  /** What reading an object gave: a legal object, or why it is none. */
  public sealed interface Read permits Valid, Invalid {}

  /**
   * A well-formed legal object whose originator is the agency with identity {@code createdByRef}.
   */
  public record Valid(
      String createdByRef,
      LegalStixType type,
      UUID id,
      Instant created,
      Instant modified,
      int version,
      Marking marking,
      Set<Category> categories,
      ObjectNode record)
      implements Read {

    /** The object, its originator being {@code originator} (the agency of {@code createdByRef}). */
    public LegalObject object(AgencyId originator) {
      return new LegalObject(
          type, id, originator, created, modified, version, marking, categories, record);
    }
  }

  /** Not a well-formed legal object, for this reason (safe to show to the sender). */
  public record Invalid(String reason) implements Read {}

  /** The STIX object of this version, as its originator and the named recipients see it. */
  public static ObjectNode object(LegalObject legal) {
    return object(legal, true);
  }

  /**
   * The STIX object of this version; without {@code created_by_ref} and {@code recipients} when the
   * originator is withheld from the viewer.
   */
  public static ObjectNode object(LegalObject legal, boolean originatorDisclosed) {
    Marking marking = legal.marking();
    ObjectNode node = Stix.object();
    node.put("type", legal.type().type());
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", legal.stixId());
    if (originatorDisclosed) {
      node.put("created_by_ref", StixIdentities.of(legal.originator()));
    }
    node.put("created", Stix.timestamp(legal.created()));
    node.put("modified", Stix.timestamp(legal.modified()));
    node.put("revoked", false);
    node.set("object_marking_refs", Stix.array(StixIndicators.markingRefs(marking)));
    node.putObject("extensions")
        .putObject(legal.type().extensionId())
        .put("extension_type", "new-sdo");
    node.put("version", legal.version());
    if (!legal.categories().isEmpty()) {
      node.set(
          "categories",
          Stix.array(EnumSet.copyOf(legal.categories()).stream().map(Category::code).toList()));
    }
    StixDefinitions.putHandling(node, marking.handling());
    node.put("evaluation", marking.evaluation().code());
    if (originatorDisclosed && !marking.recipients().isEmpty()) {
      node.set(
          "recipients", Stix.array(marking.recipients().stream().map(AgencyId::value).toList()));
    }
    SdoEnvelope.putProperties(
        node, JsonCase.toStix(legal.record()), ENVELOPE, Map.of(), "a record property");
    return node;
  }

  /** Reads an object of one of Mekong's legal types. */
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
    LegalStixType type =
        LegalStixType.ofType(typeName)
            .orElseThrow(() -> new Refusal("not one of Mekong's legal types: '" + typeName + "'"));
    SdoEnvelope envelope =
        SdoEnvelope.read(
            node,
            typeName,
            type::recordId,
            type.extensionId(),
            "a revoked legal object: Mekong changes a record's status instead");
    UUID id = envelope.id();
    String creator = envelope.creator();
    Instant created = envelope.created();
    Instant modified = envelope.modified();
    int version = envelope.version();
    Marking marking = marking(node);
    Set<Category> categories = categories(node.path("categories"));
    ObjectNode record = Stix.object();
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      if (!ENVELOPE.contains(property.getKey())) {
        record.set(JsonCase.camel(property.getKey()), JsonCase.fromStix(property.getValue()));
      }
    }
    return new Valid(creator, type, id, created, modified, version, marking, categories, record);
  }

  /** The marking, or why there is none: exactly one TLP 2.0 ref and Mekong's properties. */
  private static Marking marking(JsonNode node) {
    List<String> refs = MarkingReader.strings(node.path("object_marking_refs"));
    if (refs == null) {
      throw new Refusal("object_marking_refs must be a list of marking-definition ids");
    }
    Tlp tlp = null;
    for (String ref : refs) {
      Optional<Tlp> level = Tlp.fromMarkingDefinitionId(ref);
      if (level.isPresent()) {
        if (tlp != null) {
          throw new Refusal("object_marking_refs names more than one TLP marking");
        }
        tlp = level.get();
      }
    }
    if (tlp == null) {
      throw new Refusal("object_marking_refs names no TLP 2.0 marking");
    }
    Optional<MarkingReader.HandlingAndEvaluation> handling = MarkingReader.read(node);
    if (handling.isEmpty()) {
      throw new Refusal("handling, handling_restrictions and evaluation are missing or malformed");
    }
    List<String> named = MarkingReader.strings(node.path("recipients"));
    if (named == null || !named.stream().allMatch(AgencyId::isValid)) {
      throw new Refusal("recipients must be a list of agency ids");
    }
    Set<AgencyId> recipients = new LinkedHashSet<>();
    named.forEach(recipient -> recipients.add(new AgencyId(recipient)));
    return switch (Marking.check(
        tlp, handling.get().handling(), handling.get().evaluation(), recipients)) {
      case MarkingCheck.Valid valid -> valid.marking();
      case MarkingCheck.Invalid invalid -> throw new Refusal(invalid.reason());
    };
  }

  private static Set<Category> categories(JsonNode node) {
    List<String> codes = MarkingReader.strings(node);
    if (codes == null) {
      throw new Refusal("categories must be a list of category codes");
    }
    List<Category> found = new ArrayList<>();
    for (String code : codes) {
      switch (Category.fromCode(code)) {
        case CategoryLookup.Found f -> found.add(f.category());
        case CategoryLookup.Unknown unknown -> throw new Refusal(unknown.message());
      }
    }
    return found.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(found);
  }
}
