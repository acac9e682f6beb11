package org.mekong.core.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.marking.Tlp;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a MISP feed directory: one event per originating agency ({@code <uuid>.json}, the uuid
 * derived from the agency id so a re-export updates the same event), each attribute tagged with its
 * TLP and {@code mekong:category} tags, and {@code manifest.json} on {@link #close}. The event
 * carries the strictest TLP of its attributes as its own tag.
 */
final class MispExport implements IndicatorWriter {

  private final Path directory;
  private final Map<AgencyId, EventWriter> events =
      new TreeMap<>(java.util.Comparator.comparing(AgencyId::value));

  MispExport(Path directory) throws IOException {
    this.directory = Files.createDirectories(directory);
  }

  @Override
  public void write(Indicator indicator) throws IOException {
    EventWriter event = events.get(indicator.originator());
    if (event == null) {
      event = new EventWriter(directory, indicator.originator());
      events.put(indicator.originator(), event);
    }
    event.write(indicator);
  }

  @Override
  public void close() throws IOException {
    try (Writer out =
            Files.newBufferedWriter(directory.resolve("manifest.json"), StandardCharsets.UTF_8);
        JsonGenerator json = MispImport.JSON.createGenerator(out)) {
      json.writeStartObject();
      for (EventWriter event : events.values()) {
        event.close();
        json.writeName(event.uuid.toString());
        json.writeStartObject();
        event.writeSummary(json);
        json.writeEndObject();
      }
      json.writeEndObject();
    }
  }

  static UUID uuid(String name) {
    return UUID.nameUUIDFromBytes(("mekong:" + name).getBytes(StandardCharsets.UTF_8));
  }

  /** One event file being written. */
  private static final class EventWriter {
    private final AgencyId agency;
    private final UUID uuid;
    private final JsonGenerator json;
    private Tlp strictest = Tlp.CLEAR;
    private Instant latest = Instant.EPOCH;

    EventWriter(Path directory, AgencyId agency) throws IOException {
      this.agency = agency;
      this.uuid = uuid("misp-event:" + agency.value());
      this.json =
          MispImport.JSON.createGenerator(
              Files.newBufferedWriter(directory.resolve(uuid + ".json"), StandardCharsets.UTF_8));
      json.writeStartObject();
      json.writeName("Event");
      json.writeStartObject();
      json.writeStringProperty("uuid", uuid.toString());
      json.writeStringProperty("info", info());
      json.writeStringProperty("analysis", "2");
      json.writeStringProperty("threat_level_id", "2");
      json.writeBooleanProperty("published", true);
      writeOrg(json);
      json.writeName("Attribute");
      json.writeStartArray();
    }

    String info() {
      return "Mekong indicators of " + agency.value();
    }

    void write(Indicator indicator) {
      strictest = Tlp.stricter(strictest, indicator.marking().tlp());
      if (indicator.modified().isAfter(latest)) {
        latest = indicator.modified();
      }
      String type = MispTypes.of(indicator.selector());
      json.writeStartObject();
      json.writeStringProperty("uuid", indicator.id().value().substring("indicator--".length()));
      json.writeStringProperty("type", type);
      json.writeStringProperty("category", MispTypes.category(indicator.selector()));
      json.writeStringProperty("value", MispTypes.value(indicator.selector()));
      json.writeBooleanProperty("to_ids", true);
      json.writeStringProperty(
          "comment", indicator.description() == null ? "" : indicator.description());
      json.writeStringProperty("timestamp", Long.toString(indicator.modified().getEpochSecond()));
      json.writeStringProperty("first_seen", indicator.validFrom().toString());
      if (indicator.validUntil() != null) {
        json.writeStringProperty("last_seen", indicator.validUntil().toString());
      }
      json.writeName("Tag");
      json.writeStartArray();
      tag(json, MispTags.tlp(indicator.marking().tlp()));
      for (Category category : indicator.categories()) {
        tag(json, MispTags.category(category));
      }
      if (type.equals("text")) {
        tag(json, MispTags.selectorType(indicator.selector().type()));
      }
      json.writeEndArray();
      json.writeEndObject();
    }

    void close() {
      json.writeEndArray();
      writeEventTags(json);
      json.writeStringProperty("date", latest.atOffset(ZoneOffset.UTC).toLocalDate().toString());
      json.writeStringProperty("timestamp", Long.toString(latest.getEpochSecond()));
      json.writeStringProperty("publish_timestamp", Long.toString(latest.getEpochSecond()));
      json.writeEndObject();
      json.writeEndObject();
      json.close();
    }

    void writeSummary(JsonGenerator manifest) {
      manifest.writeStringProperty("info", info());
      writeOrg(manifest);
      writeEventTags(manifest);
      manifest.writeStringProperty(
          "date", latest.atOffset(ZoneOffset.UTC).toLocalDate().toString());
      manifest.writeStringProperty("analysis", "2");
      manifest.writeStringProperty("threat_level_id", "2");
      manifest.writeStringProperty("timestamp", Long.toString(latest.getEpochSecond()));
    }

    private void writeOrg(JsonGenerator out) {
      out.writeName("Orgc");
      out.writeStartObject();
      out.writeStringProperty("name", agency.value());
      out.writeStringProperty("uuid", uuid("agency:" + agency.value()).toString());
      out.writeEndObject();
    }

    private void writeEventTags(JsonGenerator out) {
      out.writeName("Tag");
      out.writeStartArray();
      tag(out, MispTags.tlp(strictest));
      out.writeEndArray();
    }

    private static void tag(JsonGenerator out, String name) {
      out.writeStartObject();
      out.writeStringProperty("name", name);
      out.writeEndObject();
    }
  }
}
