package org.mekong.core.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.input.FreeText;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import tools.jackson.databind.JsonNode;

/** Reads one STIX object as an imported indicator; see {@link StixImport} for the rules. */
final class IndicatorReader {

  static final int DEFAULT_CONFIDENCE = 50;
  static final Tlp DEFAULT_TLP = Tlp.AMBER;
  static final Category DEFAULT_CATEGORY = Category.FRAUD;

  private final MarkingReader markings;
  private final List<String> notes = new ArrayList<>();

  private IndicatorReader(MarkingReader markings) {
    this.markings = markings;
  }

  static Imported read(JsonNode node, MarkingReader markings) {
    return new IndicatorReader(markings).read(node);
  }

  private Imported read(JsonNode node) {
    if (!node.isObject()) {
      return new Imported.Refused("", "", "not a JSON object");
    }
    String id = Stix.text(node, "id").orElse("");
    Optional<String> type = Stix.text(node, "type");
    String badFrame =
        FreeText.problem(id) != null
            ? "id " + FreeText.problem(id)
            : type.map(FreeText::problem).map(p -> "type " + p).orElse(null);
    if (badFrame != null) {
      return new Imported.Refused("", "", badFrame);
    }
    if (type.isEmpty()) {
      return new Imported.Refused(id, "", "no type: not a STIX object");
    }
    if (!type.get().equals("indicator")) {
      return new Imported.Ignored(id, type.get());
    }
    String refusal = refusal(node, id);
    if (refusal != null) {
      return new Imported.Refused(id, "indicator", refusal);
    }
    return indicator(node, id);
  }

  /** Why the indicator's frame (version, id, pattern type) is not importable, if it is not. */
  private static @Nullable String refusal(JsonNode node, String id) {
    Optional<String> spec = Stix.text(node, "spec_version");
    if (spec.isEmpty()) {
      return "no spec_version: STIX 2.0 indicators are not supported, only 2.1";
    }
    if (!spec.get().equals(Stix.SPEC_VERSION)) {
      return "spec_version " + spec.get() + " is not supported; only STIX 2.1 is imported";
    }
    if (!IndicatorId.isValid(id)) {
      return "id '" + id + "' is not an indicator id (indicator--<lowercase uuid>)";
    }
    Optional<String> patternType = Stix.text(node, "pattern_type");
    if (patternType.isEmpty()) {
      return "no pattern_type";
    }
    if (!patternType.get().equals("stix")) {
      return "pattern_type '" + patternType.get() + "' is not supported; only STIX patterns are";
    }
    return null;
  }

  private Imported indicator(JsonNode node, String id) {
    Optional<Instant> created = time(node, "created");
    Optional<Instant> modified = time(node, "modified");
    Optional<Instant> validFrom = time(node, "valid_from");
    if (created.isEmpty() || modified.isEmpty() || validFrom.isEmpty()) {
      return refused(id, "created, modified and valid_from must be STIX timestamps (…Z)");
    }
    if (modified.get().isBefore(created.get())) {
      return refused(id, "modified is before created");
    }
    Instant validUntil = null;
    if (node.has("valid_until")) {
      Optional<Instant> until = time(node, "valid_until");
      if (until.isEmpty() || !until.get().isAfter(validFrom.get())) {
        return refused(id, "valid_until must be a STIX timestamp after valid_from");
      }
      validUntil = until.get();
    }
    Parsed parsed = ObservableReader.selector(Stix.text(node, "pattern").orElse(""));
    if (!(parsed instanceof Parsed.Valid(Selector selector))) {
      return refused(
          id,
          parsed instanceof Parsed.Invalid invalid ? invalid.reason() : "no selector in pattern");
    }
    JsonNode extension = node.path("extensions").path(StixDefinitions.INDICATOR_EXTENSION);
    if (!extension.isMissingNode() && !extension.isObject()) {
      return refused(id, "Mekong's indicator extension is not an object");
    }
    String problem = checkExtension(extension, selector);
    if (problem != null) {
      return refused(id, problem);
    }
    Set<Category> categories = categories(node, extension);
    if (categories.isEmpty()) {
      return refused(
          id, "indicator_types says benign: only indicators of malicious activity are imported");
    }
    JsonNode confidence = node.path("confidence");
    int level = DEFAULT_CONFIDENCE;
    if (confidence.isMissingNode()) {
      notes.add("no confidence: defaulted to " + DEFAULT_CONFIDENCE);
    } else if (!confidence.isIntegralNumber()
        || !confidence.canConvertToInt()
        || confidence.intValue() < 0
        || confidence.intValue() > 100) {
      return refused(id, "confidence must be an integer from 0 to 100");
    } else {
      level = confidence.intValue();
    }
    JsonNode revoked = node.path("revoked");
    if (!revoked.isMissingNode() && !revoked.isBoolean()) {
      return refused(id, "revoked must be true or false");
    }
    String description = Stix.text(node, "description").filter(d -> !d.isEmpty()).orElse(null);
    if (description != null && description.length() > Indicator.MAX_DESCRIPTION) {
      return refused(
          id, "the description is longer than " + Indicator.MAX_DESCRIPTION + " characters");
    }
    String badText = badText(node);
    if (badText != null) {
      return refused(id, badText);
    }
    List<String> refs = MarkingReader.strings(node.path("object_marking_refs"));
    if (refs == null) {
      return refused(id, "object_marking_refs must be a list of marking-definition ids");
    }
    Tlp tlp = tlp(refs);
    MarkingReader.HandlingAndEvaluation handling = handling(extension, refs);
    Set<AgencyId> recipients = new LinkedHashSet<>();
    List<String> named = MarkingReader.strings(extension.path("recipients"));
    for (String recipient : named == null ? List.<String>of() : named) {
      recipients.add(new AgencyId(recipient));
    }
    JsonNode version = extension.path("version");
    return new Imported.Accepted(
        new ImportedIndicator(
            id,
            Stix.text(node, "created_by_ref").orElse(null),
            created.get(),
            modified.get(),
            selector,
            categories,
            level,
            tlp,
            handling.handling(),
            handling.evaluation(),
            recipients,
            validFrom.get(),
            validUntil,
            revoked.asBoolean(false),
            Stix.text(node, "name").orElse(null),
            description,
            ExternalReferences.read(node.path("external_references"), notes),
            version.isMissingNode() ? null : version.intValue(),
            notes));
  }

  /** Which text property of the indicator is not acceptable free text and why, if one is not. */
  private static @Nullable String badText(JsonNode node) {
    for (String name : List.of("name", "description", "created_by_ref")) {
      String problem = Stix.text(node, name).map(FreeText::problem).orElse(null);
      if (problem != null) {
        return name + " " + problem;
      }
    }
    return null;
  }

  /** Why Mekong's extension on the indicator is not acceptable, if it is present and is not. */
  private static @Nullable String checkExtension(JsonNode extension, Selector selector) {
    if (extension.isMissingNode()) {
      return null;
    }
    List<String> codes = MarkingReader.strings(extension.path("categories"));
    if (codes == null) {
      return "the extension's categories must be a list of category codes";
    }
    for (String code : codes) {
      if (Category.fromCode(code) instanceof CategoryLookup.Unknown unknown) {
        return unknown.message();
      }
    }
    if ((extension.has("handling") || extension.has("evaluation"))
        && MarkingReader.read(extension).isEmpty()) {
      return "the extension's handling (H0-H3, H3 with its restriction) or evaluation (e.g. B2)"
          + " is malformed";
    }
    List<String> recipients = MarkingReader.strings(extension.path("recipients"));
    if (recipients == null || !recipients.stream().allMatch(AgencyId::isValid)) {
      return "the extension's recipients must be a list of agency ids";
    }
    JsonNode version = extension.path("version");
    if (!version.isMissingNode()
        && (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1)) {
      return "the extension's version must be a whole number from 1";
    }
    Optional<String> canonical = Stix.text(extension, "selector_canonical");
    if (canonical.isPresent() && !canonical.get().equals(selector.canonical())) {
      return "the extension's selector_canonical '"
          + canonical.get()
          + "' disagrees with the pattern's '"
          + selector.canonical()
          + "'";
    }
    return null;
  }

  /**
   * Mekong's categories; else labels that are category codes; else the default category, unless
   * every indicator type is {@code benign} (then none).
   */
  private Set<Category> categories(JsonNode node, JsonNode extension) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    List<String> codes = MarkingReader.strings(extension.path("categories"));
    if (codes == null || codes.isEmpty()) {
      codes = MarkingReader.strings(node.path("labels"));
    }
    for (String code : codes == null ? List.<String>of() : codes) {
      if (Category.fromCode(code) instanceof CategoryLookup.Found found) {
        categories.add(found.category());
      }
    }
    if (!categories.isEmpty()) {
      return categories;
    }
    List<String> types = MarkingReader.strings(node.path("indicator_types"));
    if (types != null && !types.isEmpty() && types.stream().allMatch("benign"::equals)) {
      return categories;
    }
    notes.add("no Mekong category: defaulted to '" + DEFAULT_CATEGORY.code() + "'");
    return EnumSet.of(DEFAULT_CATEGORY);
  }

  /** The strictest TLP level among the markings, or the default with a note. */
  private Tlp tlp(List<String> refs) {
    Tlp tlp = null;
    for (String ref : refs) {
      Optional<Tlp> level = markings.tlp(ref);
      if (level.isPresent()) {
        tlp = tlp == null ? level.get() : Tlp.stricter(tlp, level.get());
      }
    }
    if (tlp == null) {
      notes.add("no TLP marking: defaulted to " + DEFAULT_TLP.label());
      return DEFAULT_TLP;
    }
    return tlp;
  }

  /**
   * Handling and evaluation from Mekong's extension, else combined from the Mekong marking
   * definitions in the bundle (every restriction, the weakest evaluation), else H0 and X4. Marking
   * references that are none of these are noted.
   */
  private MarkingReader.HandlingAndEvaluation handling(JsonNode extension, List<String> refs) {
    Optional<MarkingReader.HandlingAndEvaluation> own = MarkingReader.read(extension);
    String ownId =
        own.map(h -> StixDefinitions.markingDefinitionId(h.handling(), h.evaluation())).orElse("");
    MarkingReader.HandlingAndEvaluation combined = null;
    for (String ref : refs) {
      Optional<MarkingReader.HandlingAndEvaluation> defined = markings.mekong(ref);
      if (defined.isPresent()) {
        MarkingReader.HandlingAndEvaluation d = defined.get();
        combined =
            combined == null
                ? d
                : new MarkingReader.HandlingAndEvaluation(
                    combined.handling().combine(d.handling()),
                    combined.evaluation().weaker(d.evaluation()));
      } else if (!ref.equals(ownId) && markings.tlp(ref).isEmpty()) {
        notes.add("marking " + ref + " is not understood and was not applied");
      }
    }
    if (own.isPresent()) {
      return own.get();
    }
    return combined != null
        ? combined
        : new MarkingReader.HandlingAndEvaluation(Handling.NONE, Evaluation.UNJUDGED);
  }

  private static Optional<Instant> time(JsonNode node, String name) {
    return Stix.text(node, name).flatMap(Stix::parseTimestamp);
  }

  private static Imported refused(String id, String reason) {
    return new Imported.Refused(id, "indicator", reason);
  }
}
