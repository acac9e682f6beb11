package org.mekong.core.stix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.FreeText;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Tlp;
import tools.jackson.databind.JsonNode;

/**
 * Reads markings on imported objects: TLP 2.0 and 1.0 marking-definition ids, TLP and Mekong
 * marking definitions that travel in the same bundle, and Mekong's handling codes.
 */
final class MarkingReader {

  /** Handling and evaluation read together. */
  record HandlingAndEvaluation(Handling handling, Evaluation evaluation) {}

  private final Map<String, JsonNode> definitions;

  /** A reader that also knows these marking definitions (by id), e.g. a bundle's. */
  MarkingReader(Map<String, JsonNode> definitions) {
    this.definitions = Map.copyOf(definitions);
  }

  /** The TLP level a marking-definition id stands for, if it is a TLP marking. */
  Optional<Tlp> tlp(String ref) {
    Optional<Tlp> known = Tlp.fromMarkingDefinitionId(ref);
    if (known.isPresent()) {
      return known;
    }
    JsonNode definition = definitions.get(ref);
    if (definition == null) {
      return Optional.empty();
    }
    JsonNode tlp2 = definition.path("extensions").path(StixDefinitions.TLP_2_EXTENSION);
    if (tlp2.isObject()) {
      return Stix.text(tlp2, "tlp_2_0").flatMap(Tlp::fromCode);
    }
    if (Stix.text(definition, "definition_type").filter("tlp"::equalsIgnoreCase).isPresent()) {
      for (Map.Entry<String, JsonNode> field : definition.path("definition").properties()) {
        if (field.getKey().equalsIgnoreCase("tlp") && field.getValue().isString()) {
          return tlpCode(field.getValue().stringValue());
        }
      }
      return Stix.text(definition, "name").flatMap(MarkingReader::tlpCode);
    }
    return Optional.empty();
  }

  /**
   * A TLP level as other producers write it: {@code amber}, {@code AMBER+STRICT}, {@code
   * TLP:AMBER+STRICT} (OpenCTI), {@code TLP:WHITE}.
   */
  private static Optional<Tlp> tlpCode(String text) {
    String code = text.strip().toLowerCase(Locale.ROOT);
    return Tlp.fromCode(code.startsWith("tlp:") ? code.substring(4) : code);
  }

  /** The handling and evaluation of a Mekong marking definition in the bundle, if it is one. */
  Optional<HandlingAndEvaluation> mekong(String ref) {
    JsonNode definition = definitions.get(ref);
    if (definition == null) {
      return Optional.empty();
    }
    JsonNode extension = definition.path("extensions").path(StixDefinitions.MARKING_EXTENSION);
    return extension.isObject() ? read(extension) : Optional.empty();
  }

  /**
   * The {@code handling}, {@code handling_restrictions} and {@code evaluation} of a Mekong
   * extension; empty when they are malformed.
   */
  static Optional<HandlingAndEvaluation> read(JsonNode extension) {
    Handling handling = handling(extension);
    Optional<Evaluation> evaluation =
        Stix.text(extension, "evaluation").flatMap(Evaluation::fromCode);
    return handling == null || evaluation.isEmpty()
        ? Optional.empty()
        : Optional.of(new HandlingAndEvaluation(handling, evaluation.get()));
  }

  private static @Nullable Handling handling(JsonNode extension) {
    List<String> codes = strings(extension.path("handling"));
    List<String> restrictions = strings(extension.path("handling_restrictions"));
    if (codes == null || restrictions == null || codes.isEmpty()) {
      return null;
    }
    List<HandlingCode> parsed = new ArrayList<>();
    int next = 0;
    for (String code : codes) {
      switch (code) {
        case "H0" -> parsed.add(HandlingCode.NO_RESTRICTION);
        case "H1" -> parsed.add(HandlingCode.NO_JUDICIAL_USE);
        case "H2" -> parsed.add(HandlingCode.NO_ONWARD_SHARING);
        case "H3" -> {
          if (next >= restrictions.size()) {
            return null;
          }
          String text = restrictions.get(next++).strip();
          if (text.isEmpty()
              || text.length() > HandlingCode.MAX_RESTRICTION_LENGTH
              || !FreeText.isClean(text)) {
            return null;
          }
          parsed.add(new HandlingCode.H3(text));
        }
        default -> {
          return null;
        }
      }
    }
    while (next < restrictions.size()) {
      String text = restrictions.get(next++).strip();
      if (text.isEmpty()
          || text.length() > HandlingCode.MAX_RESTRICTION_LENGTH
          || !FreeText.isClean(text)) {
        return null;
      }
      parsed.add(new HandlingCode.H3(text));
    }
    return new Handling(parsed);
  }

  /** The strings of an array node; an absent node is empty, anything else {@code null}. */
  static @Nullable List<String> strings(JsonNode node) {
    if (node.isMissingNode()) {
      return List.of();
    }
    if (!node.isArray()) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : node.values()) {
      if (!value.isString()) {
        return null;
      }
      values.add(value.stringValue());
    }
    return values;
  }
}
