package org.mekong.core.stix;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts the keys of JSON trees between the API's camelCase and STIX's snake_case, leaving out
 * what STIX forbids to be present but empty (nulls, empty strings, empty lists).
 */
final class JsonCase {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonCase() {}

  /** {@code node} with snake_case keys and without empty values; null when it is empty itself. */
  static JsonNode toStix(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        JsonNode value = toStix(field.getValue());
        if (!isEmpty(value)) {
          out.set(snake(field.getKey()), value);
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      for (JsonNode value : node.values()) {
        JsonNode converted = toStix(value);
        if (!isEmpty(converted)) {
          out.add(converted);
        }
      }
      return out;
    }
    return node;
  }

  /** {@code node} with camelCase keys. */
  static JsonNode fromStix(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.set(camel(field.getKey()), fromStix(field.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.values().forEach(value -> out.add(fromStix(value)));
      return out;
    }
    return node;
  }

  private static boolean isEmpty(JsonNode node) {
    return node.isNull()
        || node.isMissingNode()
        || (node.isString() && node.stringValue().isEmpty())
        || (node.isArray() && node.isEmpty())
        || (node.isObject() && node.isEmpty());
  }

  static String snake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        out.append('_').append((char) (c - 'A' + 'a'));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String camel(String snake) {
    StringBuilder out = new StringBuilder(snake.length());
    boolean upper = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        upper = false;
      }
    }
    return out.toString();
  }
}
