package org.mekong.core.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.input.FreeText;
import org.mekong.core.marking.Tlp;
import tools.jackson.databind.JsonNode;

/**
 * One MISP event read for import: its uuid, info and tags, and its attributes (those of the event,
 * then those of its objects), each turned into results on demand.
 */
final class MispEvent {

  private final JsonNode event;
  private final String uuid;
  private final MispTags.Read tags;
  private final List<JsonNode> attributes = new ArrayList<>();
  private final List<ExternalReference> references;
  private final @Nullable String badText;

  MispEvent(JsonNode root) {
    this.event = root.has("Event") ? root.path("Event") : root;
    String id = event.path("uuid").asString("unknown");
    this.uuid = FreeText.isClean(id) ? id : "(unreadable uuid)";
    this.tags = MispTags.read(tagNames(event));
    event.path("Attribute").values().forEach(attributes::add);
    for (JsonNode object : event.path("Object").values()) {
      object.path("Attribute").values().forEach(attributes::add);
    }
    String info = event.path("info").asString("").strip();
    String source = "MISP event" + (info.isEmpty() ? "" : ": " + info);
    String infoProblem = FreeText.problem(info);
    this.badText =
        !FreeText.isClean(id)
            ? "the event's uuid " + FreeText.problem(id)
            : infoProblem != null ? "the event's info " + infoProblem : null;
    this.references =
        badText != null ? List.of() : List.of(new ExternalReference(cut(source, 200), null, uuid));
  }

  String uuid() {
    return uuid;
  }

  /** Whether the document looks like a MISP event at all. */
  boolean isEvent() {
    return event.isObject() && (event.has("Attribute") || event.has("uuid"));
  }

  int attributeCount() {
    return attributes.size();
  }

  /** The results of attribute {@code index} (1-based); none for a deleted attribute. */
  void results(int index, ImportDefaults defaults, List<ImportResult> into) {
    JsonNode attribute = attributes.get(index - 1);
    if (attribute.path("deleted").asBoolean(false)) {
      return;
    }
    if (badText != null) {
      into.add(rejected(index, badText));
      return;
    }
    String type = attribute.path("type").asString("").strip().toLowerCase(Locale.ROOT);
    String value = attribute.path("value").asString("");
    MispTags.Read own = MispTags.read(tagNames(attribute));
    if (own.problem() != null || tags.problem() != null) {
      into.add(rejected(index, own.problem() != null ? own.problem() : tags.problem()));
      return;
    }
    List<MispTypes.Part> parts = MispTypes.parts(type, value, own.type());
    if (parts.isEmpty()) {
      into.add(
          rejected(index, "unsupported: " + (type.isEmpty() ? "no type" : Drafts.quote(type))));
      return;
    }
    Tlp tlp = own.tlp() != null ? own.tlp() : tags.tlp();
    Integer confidence = toIds(attribute) ? null : defaults.confidence() / 2;
    String comment = attribute.path("comment").asString("").strip();
    String description = comment.isEmpty() ? null : cut(comment, Indicator.MAX_DESCRIPTION);
    List<String> problems = new ArrayList<>();
    Instant firstSeen = seen(attribute, "first_seen", problems);
    Instant lastSeen = seen(attribute, "last_seen", problems);
    if (!problems.isEmpty()) {
      into.add(rejected(index, String.join("; ", problems)));
      return;
    }
    for (MispTypes.Part part : parts) {
      LineFields fields =
          new LineFields(
              part.type(),
              part.value(),
              null,
              own.categories() != null ? own.categories() : tags.categories(),
              confidence,
              tlp,
              null,
              null,
              firstSeen,
              lastSeen,
              description,
              references);
      ImportResult result = Drafts.build(index, fields, defaults);
      into.add(
          result instanceof ImportResult.Rejected rejected
              ? rejected(index, rejected.reason())
              : result);
    }
  }

  /** A rejection that says where: {@code event <uuid> attribute <n>: <reason>}. */
  ImportResult.Rejected rejected(int index, @Nullable String reason) {
    return new ImportResult.Rejected(
        index, "event " + uuid + " attribute " + index + ": " + reason);
  }

  /** The attribute's {@code first_seen} or {@code last_seen} time, if it has a readable one. */
  private static @Nullable Instant seen(JsonNode attribute, String field, List<String> problems) {
    String text = attribute.path(field).asString("").strip();
    if (text.isEmpty()) {
      return null;
    }
    return switch (CellText.instant(text)) {
      case CellText.Ok<Instant> ok -> ok.value();
      case CellText.Bad<Instant> bad -> {
        problems.add(field + ": " + bad.reason());
        yield null;
      }
    };
  }

  /** {@code text} cut to {@code max} characters with an ellipsis, never inside a surrogate pair. */
  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 3;
    if (Character.isLowSurrogate(text.charAt(end))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }

  private static boolean toIds(JsonNode attribute) {
    JsonNode toIds = attribute.path("to_ids");
    if (toIds.isBoolean()) {
      return toIds.booleanValue();
    }
    String text = toIds.asString("1").strip();
    return !text.equals("0") && !text.equalsIgnoreCase("false");
  }

  private static List<String> tagNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (JsonNode tag : node.path("Tag").values()) {
      String name = tag.isString() ? tag.stringValue() : tag.path("name").asString("");
      names.add(name);
    }
    return names;
  }
}
