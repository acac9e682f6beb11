package org.mekong.server.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mekong.core.input.FreeText;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one line of {@code entities.ftm.json} as OpenSanctions publishes it: an entity with {@code
 * id}, {@code schema}, {@code properties} (of which {@code name}, {@code alias}, {@code
 * previousName}, {@code weakAlias}, {@code birthDate} and {@code nationality} are used) and {@code
 * datasets}. Other fields are kept as they are or ignored; a line that cannot be used is refused
 * with its reason.
 */
final class FtmLine {

  /** The most names (names and aliases) of one entity. */
  static final int MAX_NAMES = 200;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> NAME_PROPERTIES =
      List.of("name", "alias", "previousName", "weakAlias");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}(-[a-z0-9]{1,8})?");

  /** An entity read from a line. */
  record Entity(
      String id,
      Schema schema,
      List<String> names,
      List<String> birthDates,
      List<String> nationalities,
      List<String> datasets,
      String properties) {}

  /** What a line gave: an entity, or why it was refused. */
  sealed interface Outcome {
    /** The line is an entity. */
    record Read(Entity entity) implements Outcome {}

    /** The line was refused for this reason. */
    record Refused(String reason) implements Outcome {}
  }

  private FtmLine() {}

  static Outcome read(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      return new Outcome.Refused("not a JSON object");
    }
    if (node == null || !node.isObject()) {
      return new Outcome.Refused("not a JSON object");
    }
    try {
      return new Outcome.Read(entity(node));
    } catch (IllegalArgumentException e) {
      return new Outcome.Refused(String.valueOf(e.getMessage()));
    }
  }

  private static Entity entity(JsonNode node) {
    String id = text(node, "id");
    if (id.length() > 200) {
      throw new IllegalArgumentException("'id' is longer than 200 characters");
    }
    String label = text(node, "schema");
    Schema schema =
        Schema.of(label)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'schema' "
                            + label
                            + " is not indexed; one of "
                            + Schema.labels()
                            + " is"));
    JsonNode properties = node.get("properties");
    if (properties == null || !properties.isObject()) {
      throw new IllegalArgumentException("'properties' must be an object");
    }
    List<String> names = new ArrayList<>();
    for (String property : NAME_PROPERTIES) {
      List<String> values = strings(properties, property, "properties.");
      for (int i = 0; i < values.size(); i++) {
        String name = values.get(i);
        Optional<String> why = NameComparator.rejection(schema, name);
        if (why.isPresent()) {
          throw new IllegalArgumentException(
              "'properties.%s[%d]' %s".formatted(property, i, why.get()));
        }
        if (!names.contains(name)) {
          names.add(name);
        }
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("'properties.name' must list at least one name");
    }
    if (names.size() > MAX_NAMES) {
      throw new IllegalArgumentException("the entity has more than " + MAX_NAMES + " names");
    }
    List<String> birthDates = strings(properties, "birthDate", "properties.");
    for (String date : birthDates) {
      if (!DATE.matcher(date).matches()) {
        throw new IllegalArgumentException(
            "'properties.birthDate' " + date + " is not YYYY, YYYY-MM or YYYY-MM-DD");
      }
    }
    List<String> nationalities = new ArrayList<>();
    for (String country : strings(properties, "nationality", "properties.")) {
      String code = country.toLowerCase(Locale.ROOT);
      if (!COUNTRY.matcher(code).matches()) {
        throw new IllegalArgumentException(
            "'properties.nationality' " + country + " is not a country code");
      }
      nationalities.add(code);
    }
    List<String> datasets = strings(node, "datasets", "");
    return new Entity(
        id,
        schema,
        names,
        birthDates,
        nationalities,
        datasets,
        JSON.writeValueAsString(properties));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new IllegalArgumentException("'" + field + "' must be a non-empty string");
    }
    return clean(field, value.asString());
  }

  private static List<String> strings(JsonNode node, String field, String prefix) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException("'" + prefix + field + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isString()) {
        throw new IllegalArgumentException("'" + prefix + field + "' must be an array of strings");
      }
      out.add(clean(prefix + field, item.asString()));
    }
    return out;
  }

  private static String clean(String field, String value) {
    String problem = FreeText.problem(value);
    if (problem != null) {
      throw new IllegalArgumentException("'" + field + "' " + problem);
    }
    return value;
  }
}
