package org.mekong.core.stix;

import tools.jackson.databind.JsonNode;

/** Writes STIX objects as compact JSON text: the same object always gives the same bytes. */
public final class StixJson {

  private StixJson() {}

  /** {@code node} as compact JSON, fields in the node's order. */
  public static String write(JsonNode node) {
    return Stix.MAPPER.writeValueAsString(node);
  }
}
