package org.mekong.core.stix;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mekong.core.id.NameBasedUuid;
import org.mekong.core.input.Timestamps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Shared pieces of the STIX mapping: JSON nodes, timestamps and deterministic ids. */
final class Stix {

  static final String SPEC_VERSION = "2.1";

  /** Mekong's namespace for the deterministic ids of STIX objects other than selectors. */
  static final UUID NAMESPACE = UUID.fromString("e44c534c-112b-451f-a272-c0f10b650403");

  /** When Mekong's shared definitions (identity, extensions, markings) were first published. */
  static final Instant DEFINITIONS_CREATED = Instant.parse("2026-01-01T00:00:00Z");

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?Z");

  private Stix() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array(Collection<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /**
   * A STIX timestamp in UTC: milliseconds when the microseconds are a whole number of them,
   * microseconds otherwise; the same instant always gives the same text.
   */
  static String timestamp(Instant instant) {
    Instant t = instant.truncatedTo(ChronoUnit.MICROS);
    int micros = t.getNano() / 1000;
    String fraction =
        micros % 1000 == 0
            ? String.format(Locale.ROOT, "%03d", micros / 1000)
            : String.format(Locale.ROOT, "%06d", micros);
    return SECONDS.format(t) + "." + fraction + "Z";
  }

  /**
   * A STIX timestamp (RFC 3339 in UTC, {@code Z}, years 0001-9999), or empty. Sub-microsecond
   * digits are cut.
   */
  static Optional<Instant> parseTimestamp(String text) {
    if (!TIMESTAMP.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      Instant instant = Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
      return Timestamps.problem(instant) == null ? Optional.of(instant) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** {@code type--UUIDv5(NAMESPACE, name)}. */
  static String id(String type, String name) {
    return type + "--" + NameBasedUuid.v5(NAMESPACE, name);
  }

  /** The text of {@code node}'s string property {@code name}, or empty. */
  static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
  }
}
