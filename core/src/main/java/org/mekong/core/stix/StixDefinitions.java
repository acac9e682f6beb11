package org.mekong.core.stix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.InformationAccuracy;
import org.mekong.core.marking.SourceReliability;
import org.mekong.core.marking.Tlp;
import tools.jackson.databind.node.ObjectNode;

/**
 * The definitions every Mekong node publishes identically: the extension definitions of Mekong's
 * observable types and properties, the TLP 2.0 marking definitions, and the marking definitions
 * that carry handling codes and evaluations.
 */
public final class StixDefinitions {

  /** The TLP 2.0 extension published with the TLP 2.0 marking definitions. */
  public static final String TLP_2_EXTENSION =
      "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

  /** When the TLP 2.0 marking definitions were published. */
  public static final String TLP_2_CREATED = "2022-10-01T00:00:00.000Z";

  /** Mekong's property extension of indicators (categories, selector, handling, recipients). */
  public static final String INDICATOR_EXTENSION =
      Stix.id("extension-definition", "property-extension:indicator");

  /** Mekong's property extension of marking definitions (handling codes and evaluation). */
  public static final String MARKING_EXTENSION =
      Stix.id("extension-definition", "property-extension:marking");

  /** The version of Mekong's extensions. */
  public static final String EXTENSION_VERSION = "1.0";

  /** The class-path folder of the JSON schemas of Mekong's own SDO types. */
  public static final String LEGAL_SCHEMAS = "org/mekong/core/stix/schemas/sdos/";

  private static final String SCHEMA_BASE = "urn:mekong:stix:extension:";

  private StixDefinitions() {}

  /** The id of the {@code new-sco} extension declaring a custom observable type, if it is one. */
  public static Optional<String> observableExtension(String stixType) {
    return CustomSco.ofType(stixType).map(CustomSco::extensionId);
  }

  /**
   * Every extension definition of Mekong: one {@code new-sco} per custom observable type, the
   * indicator and the marking property extensions, then one {@code new-sdo} per legal record type
   * and per request type, and one per casework record type. Fixed ids and timestamps.
   */
  public static List<ObjectNode> extensionDefinitions() {
    List<ObjectNode> definitions = new ArrayList<>();
    for (CustomSco sco : CustomSco.values()) {
      definitions.add(
          extension(
              sco.extensionId(),
              sco.type(),
              sco.description(),
              "new-sco",
              "observable/" + sco.type()));
    }
    definitions.add(
        extension(
            INDICATOR_EXTENSION,
            "mekong-indicator",
            "Mekong's indicator properties: categories (codes of Mekong's taxonomy), selector_type,"
                + " selector_canonical, selector_ref (the observable's id), handling (H0-H3),"
                + " handling_restrictions (H3 texts), evaluation (source reliability and"
                + " information accuracy, e.g. B2), recipients (agency ids) and version.",
            "property-extension",
            "indicator"));
    definitions.add(
        extension(
            MARKING_EXTENSION,
            "mekong-marking",
            "Mekong's handling and evaluation marking: handling (H0 no restriction, H1 no judicial"
                + " use, H2 no onward sharing, H3 other restriction), handling_restrictions (H3"
                + " texts) and evaluation (A, B, C or X then 1 to 4).",
            "property-extension",
            "marking"));
    for (LegalStixType type : LegalStixType.values()) {
      definitions.add(
          extension(
              type.extensionId(),
              type.type(),
              type.description()
                  + " Properties: the record's as the legal API writes them, in snake_case;"
                  + " version, categories, handling, handling_restrictions, evaluation and"
                  + " recipients as in Mekong's indicator extension. JSON schema: "
                  + legalSchema(type)
                  + ".",
              "new-sdo",
              "sdo/" + type.type()));
    }
    for (RequestStixType type : RequestStixType.values()) {
      definitions.add(
          extension(
              type.extensionId(),
              type.type(),
              type.description()
                  + " Properties: as the requests API writes them, in snake_case; version, and"
                  + " recipients naming the one agency the object is addressed to (TLP:RED)."
                  + " JSON schema: "
                  + requestSchema(type)
                  + ".",
              "new-sdo",
              "sdo/" + type.type()));
    }
    for (CaseworkStixType type : CaseworkStixType.values()) {
      definitions.add(
          extension(
              type.extensionId(),
              type.type(),
              type.description()
                  + " Properties: the record's as the casework API writes them, in snake_case;"
                  + " version; audience (the agency ids that may read it, under TLP:RED);"
                  + " disclosure_basis; withdrawn. JSON schema: "
                  + caseworkSchema(type)
                  + ".",
              "new-sdo",
              "sdo/" + type.type()));
    }
    return List.copyOf(definitions);
  }

  /**
   * Where the JSON schema of a casework type's objects is, as a class-path resource of this module.
   */
  public static String caseworkSchema(CaseworkStixType type) {
    return LEGAL_SCHEMAS + type.type() + ".json";
  }

  /**
   * Everything a node publishes once for others to understand its objects: Mekong's identity, the
   * extension definitions and the TLP 2.0 marking definitions, in that order.
   */
  public static List<ObjectNode> published() {
    List<ObjectNode> objects = new ArrayList<>();
    objects.add(StixIdentities.mekong());
    objects.addAll(extensionDefinitions());
    objects.addAll(tlpMarkingDefinitions());
    return List.copyOf(objects);
  }

  /**
   * Where the JSON schema of a legal type's objects is, as a class-path resource of this module
   * (the schema's {@code $id} ends with the same path).
   */
  public static String legalSchema(LegalStixType type) {
    return LEGAL_SCHEMAS + type.type() + ".json";
  }

  /** Where the JSON schema of a request type's objects is, as a class-path resource. */
  public static String requestSchema(RequestStixType type) {
    return LEGAL_SCHEMAS + type.type() + ".json";
  }

  /** The TLP 2.0 marking definition of {@code tlp}, exactly as published. */
  public static ObjectNode tlpMarkingDefinition(Tlp tlp) {
    ObjectNode node = Stix.object();
    node.put("type", "marking-definition");
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", tlp.markingDefinitionId());
    node.put("created", TLP_2_CREATED);
    node.put("name", tlp.label());
    ObjectNode extension = node.putObject("extensions").putObject(TLP_2_EXTENSION);
    extension.put("extension_type", "property-extension");
    extension.put("tlp_2_0", tlp.code());
    return node;
  }

  /** The five TLP 2.0 marking definitions, from CLEAR to RED. */
  public static List<ObjectNode> tlpMarkingDefinitions() {
    return Arrays.stream(Tlp.values()).map(StixDefinitions::tlpMarkingDefinition).toList();
  }

  /** The id of the marking definition for this handling and evaluation, the same on every node. */
  public static String markingDefinitionId(Handling handling, Evaluation evaluation) {
    return Stix.id("marking-definition", "marking:" + key(handling) + "|" + evaluation.code());
  }

  /** The marking definition that carries this handling and evaluation. */
  public static ObjectNode markingDefinition(Handling handling, Evaluation evaluation) {
    ObjectNode node = Stix.object();
    node.put("type", "marking-definition");
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", markingDefinitionId(handling, evaluation));
    node.put("created_by_ref", StixIdentities.MEKONG);
    node.put("created", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put(
        "name",
        "Mekong handling "
            + handling.codes().stream()
                .map(HandlingCode::code)
                .distinct()
                .collect(Collectors.joining("+"))
            + ", evaluation "
            + evaluation.code());
    ObjectNode extension = node.putObject("extensions").putObject(MARKING_EXTENSION);
    extension.put("extension_type", "property-extension");
    putHandling(extension, handling);
    extension.put("evaluation", evaluation.code());
    return node;
  }

  /**
   * The marking definitions of every handling without an H3 text (H0, H1, H2 and H1+H2) under each
   * of the 16 evaluations: 64 objects, the same on every node. Markings with H3 texts are not
   * enumerable; each indicator carries its own in its Mekong extension.
   */
  public static List<ObjectNode> handlingMarkingDefinitions() {
    List<Handling> handlings =
        List.of(
            Handling.NONE,
            Handling.of(HandlingCode.NO_JUDICIAL_USE),
            Handling.of(HandlingCode.NO_ONWARD_SHARING),
            Handling.of(HandlingCode.NO_JUDICIAL_USE, HandlingCode.NO_ONWARD_SHARING));
    List<ObjectNode> definitions = new ArrayList<>();
    for (Handling handling : handlings) {
      for (SourceReliability reliability : SourceReliability.values()) {
        for (InformationAccuracy accuracy : InformationAccuracy.values()) {
          definitions.add(markingDefinition(handling, new Evaluation(reliability, accuracy)));
        }
      }
    }
    return List.copyOf(definitions);
  }

  /** {@code handling} codes and, when there are H3 texts, {@code handling_restrictions}. */
  static void putHandling(ObjectNode node, Handling handling) {
    node.set(
        "handling",
        Stix.array(handling.codes().stream().map(HandlingCode::code).distinct().toList()));
    if (!handling.restrictions().isEmpty()) {
      node.set("handling_restrictions", Stix.array(handling.restrictions()));
    }
  }

  private static String key(Handling handling) {
    return handling.codes().stream()
        .map(
            code ->
                switch (code) {
                  case HandlingCode.H3 h3 ->
                      "H3:" + h3.restriction().length() + ":" + h3.restriction();
                  case HandlingCode.H0 h0 -> h0.code();
                  case HandlingCode.H1 h1 -> h1.code();
                  case HandlingCode.H2 h2 -> h2.code();
                })
        .collect(Collectors.joining(","));
  }

  private static ObjectNode extension(
      String id, String name, String description, String extensionType, String schemaPath) {
    ObjectNode node = Stix.object();
    node.put("type", "extension-definition");
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", id);
    node.put("created_by_ref", StixIdentities.MEKONG);
    node.put("created", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put("modified", Stix.timestamp(Stix.DEFINITIONS_CREATED));
    node.put("name", name);
    node.put("description", description);
    node.put("schema", SCHEMA_BASE + schemaPath + ":" + EXTENSION_VERSION);
    node.put("version", EXTENSION_VERSION);
    node.set("extension_types", Stix.array(List.of(extensionType)));
    return node;
  }
}
