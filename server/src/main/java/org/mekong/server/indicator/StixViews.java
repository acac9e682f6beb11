package org.mekong.server.indicator;

import org.mekong.core.indicator.Indicator;
import org.mekong.core.stix.StixIndicators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** STIX renderings of indicators as one viewer may see them: no originator where it is withheld. */
final class StixViews {

  private StixViews() {}

  /** The STIX indicator object, without {@code created_by_ref} and recipients if withheld. */
  static ObjectNode indicator(Indicator indicator, boolean originatorDisclosed) {
    ObjectNode object = StixIndicators.indicator(indicator);
    if (!originatorDisclosed) {
      object.remove("created_by_ref");
      JsonNode extensions = object.get("extensions");
      if (extensions instanceof ObjectNode all) {
        for (JsonNode extension : all) {
          if (extension instanceof ObjectNode properties) {
            properties.remove("recipients");
          }
        }
      }
    }
    return object;
  }
}
