package org.mekong.core.stix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.marking.Marking;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** STIX bundles: {@code bundle--<uuid>} with a list of objects. */
public final class StixBundles {

  private StixBundles() {}

  /** A bundle of these objects under a new random id. */
  public static ObjectNode bundle(List<? extends JsonNode> objects) {
    return bundle(UUID.randomUUID(), objects);
  }

  /** A bundle of these objects with the id {@code bundle--<id>}; {@code id} is a version 4 UUID. */
  public static ObjectNode bundle(UUID id, List<? extends JsonNode> objects) {
    if (id.version() < 1 || id.version() > 5 || id.variant() != 2) {
      throw new IllegalArgumentException("a STIX id needs an RFC 9562 UUID of version 1-5: " + id);
    }
    ObjectNode node = Stix.object();
    node.put("type", "bundle");
    node.put("id", "bundle--" + id);
    ArrayNode array = node.putArray("objects");
    objects.forEach(array::add);
    return node;
  }

  /**
   * A bundle carrying these indicator versions, each with its observable and its {@code based-on}
   * relationship, followed by the marking definitions they use (TLP 2.0, then handling and
   * evaluation), each object once, in the order of first use. Originators' identities and the
   * extension definitions are published separately ({@link StixIdentities}, {@link
   * StixDefinitions#extensionDefinitions()}).
   */
  public static ObjectNode indicators(UUID id, List<Indicator> indicators) {
    Map<String, JsonNode> objects = new LinkedHashMap<>();
    Map<String, JsonNode> markings = new LinkedHashMap<>();
    for (Indicator indicator : indicators) {
      objects.put(
          indicator.id().value() + "|" + indicator.modified(), StixIndicators.indicator(indicator));
      objects.putIfAbsent(
          indicator.selector().id().value(), StixIndicators.observable(indicator.selector()));
      objects.putIfAbsent(StixIndicators.basedOnId(indicator), StixIndicators.basedOn(indicator));
      Marking marking = indicator.marking();
      markings.putIfAbsent(
          marking.tlp().markingDefinitionId(), StixDefinitions.tlpMarkingDefinition(marking.tlp()));
      markings.putIfAbsent(
          StixDefinitions.markingDefinitionId(marking.handling(), marking.evaluation()),
          StixDefinitions.markingDefinition(marking.handling(), marking.evaluation()));
    }
    List<JsonNode> all = new ArrayList<>(objects.values());
    all.addAll(markings.values());
    return bundle(id, all);
  }
}
