package org.mekong.core.stix;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.marking.Marking;
import org.mekong.core.selector.Selector;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders indicators as STIX 2.1: the {@code indicator} object, the selector's observable and the
 * {@code based-on} relationship between them. The same indicator version always renders to the same
 * JSON, field for field and in the same order.
 */
public final class StixIndicators {

  private StixIndicators() {}

  /** The STIX {@code indicator} object of this indicator version. */
  public static ObjectNode indicator(Indicator indicator) {
    Selector selector = indicator.selector();
    Marking marking = indicator.marking();
    ObjectNode node = Stix.object();
    node.put("type", "indicator");
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", indicator.id().value());
    node.put("created_by_ref", StixIdentities.of(indicator.originator()));
    node.put("created", Stix.timestamp(indicator.created()));
    node.put("modified", Stix.timestamp(indicator.modified()));
    node.put("name", selector.type().code() + " " + selector.canonical());
    if (indicator.description() != null) {
      node.put("description", indicator.description());
    }
    node.set("indicator_types", Stix.array(indicatorTypes(indicator.categories())));
    node.put("pattern", StixPatterns.of(selector));
    node.put("pattern_type", "stix");
    node.put("pattern_version", Stix.SPEC_VERSION);
    node.put("valid_from", Stix.timestamp(indicator.validFrom()));
    if (indicator.validUntil() != null) {
      node.put("valid_until", Stix.timestamp(indicator.validUntil()));
    }
    node.put("confidence", indicator.confidence());
    node.put("revoked", indicator.revoked());
    node.set("labels", Stix.array(codes(indicator.categories())));
    if (!indicator.externalReferences().isEmpty()) {
      ArrayNode references = node.putArray("external_references");
      for (ExternalReference reference : indicator.externalReferences()) {
        ObjectNode entry = references.addObject();
        entry.put("source_name", reference.sourceName());
        if (reference.url() != null) {
          entry.put("url", reference.url());
        }
        if (reference.externalId() != null) {
          entry.put("external_id", reference.externalId());
        }
      }
    }
    node.set("object_marking_refs", Stix.array(markingRefs(marking)));
    ObjectNode extension =
        node.putObject("extensions").putObject(StixDefinitions.INDICATOR_EXTENSION);
    extension.put("extension_type", "property-extension");
    extension.set("categories", Stix.array(codes(indicator.categories())));
    extension.put("selector_type", selector.type().code());
    extension.put("selector_canonical", selector.canonical());
    extension.put("selector_ref", selector.id().value());
    StixDefinitions.putHandling(extension, marking.handling());
    extension.put("evaluation", marking.evaluation().code());
    if (!marking.recipients().isEmpty()) {
      extension.set(
          "recipients", Stix.array(marking.recipients().stream().map(AgencyId::value).toList()));
    }
    extension.put("version", indicator.version());
    return node;
  }

  /**
   * The selector as a STIX cyber observable with its deterministic id ({@link Selector#id()});
   * Mekong's own types carry their {@code new-sco} extension.
   */
  public static ObjectNode observable(Selector selector) {
    Observed observed = Observed.of(selector);
    ObjectNode node = Stix.object();
    node.put("type", observed.stixType());
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", selector.id().value());
    for (Map.Entry<String, String> property : observed.properties().entrySet()) {
      node.put(property.getKey(), property.getValue());
    }
    StixDefinitions.observableExtension(observed.stixType())
        .ifPresent(
            id -> node.putObject("extensions").putObject(id).put("extension_type", "new-sco"));
    return node;
  }

  /** The id of the {@code based-on} relationship from the indicator to its observable. */
  public static String basedOnId(Indicator indicator) {
    return Stix.id(
        "relationship",
        "based-on:" + indicator.id().value() + ":" + indicator.selector().id().value());
  }

  /**
   * The {@code based-on} relationship from the indicator to its selector's observable, created with
   * the indicator's first version and marked as the indicator is.
   */
  public static ObjectNode basedOn(Indicator indicator) {
    ObjectNode node = Stix.object();
    node.put("type", "relationship");
    node.put("spec_version", Stix.SPEC_VERSION);
    node.put("id", basedOnId(indicator));
    node.put("created_by_ref", StixIdentities.of(indicator.originator()));
    node.put("created", Stix.timestamp(indicator.created()));
    node.put("modified", Stix.timestamp(indicator.created()));
    node.put("relationship_type", "based-on");
    node.put("source_ref", indicator.id().value());
    node.put("target_ref", indicator.selector().id().value());
    node.set("object_marking_refs", Stix.array(markingRefs(indicator.marking())));
    return node;
  }

  /**
   * The STIX indicator types of these categories: {@code malicious-activity} for every category,
   * and {@code attribution} too for {@code sanctioned} (the selector is tied to a listed party).
   */
  public static List<String> indicatorTypes(Set<Category> categories) {
    Set<String> types = new TreeSet<>();
    for (Category category : categories) {
      types.add("malicious-activity");
      switch (category) {
        case SANCTIONED -> types.add("attribution");
        case FRAUD,
            FRAUD_IMPERSONATION,
            FRAUD_IMPERSONATION_AUTHORITY,
            FRAUD_IMPERSONATION_ACQUAINTANCE,
            FRAUD_CUSTOMER_SERVICE,
            FRAUD_LOAN,
            FRAUD_INVESTMENT,
            FRAUD_ROMANCE,
            FRAUD_JOB_TASK,
            FRAUD_ECOMMERCE,
            FRAUD_PHISHING,
            GAMBLING,
            MONEY_MULE,
            RECRUITMENT_LURE,
            CALLING_INFRASTRUCTURE,
            CRYPTO_LAUNDERING -> {}
      }
    }
    return List.copyOf(types);
  }

  static List<String> markingRefs(Marking marking) {
    return List.of(
        marking.tlp().markingDefinitionId(),
        StixDefinitions.markingDefinitionId(marking.handling(), marking.evaluation()));
  }

  private static List<String> codes(Set<Category> categories) {
    return EnumSet.copyOf(categories).stream().map(Category::code).toList();
  }
}
