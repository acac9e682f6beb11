package org.mekong.server.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.PayloadTooLargeException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * The batch screening request and response, read and written token by token: a 10,000-item batch is
 * the API's hot path, and binding it to objects cost more than screening it.
 */
final class ScreenJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ScreenJson() {}

  /** Reads {@code {"items": [{"type", "value", "region"}, ...], "region": ...}}. */
  static ScreeningController.ScreenRequest read(InputStream body, int maxItems) {
    List<ScreeningController.Item> items = null;
    String region = null;
    try (JsonParser parser = FACTORY.createParser(body)) {
      expect(parser, parser.nextToken(), JsonToken.START_OBJECT, "the body");
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (name) {
          case "items" -> items = items(parser, value, maxItems);
          case "region" -> region = text(parser, value, "region");
          default -> parser.skipChildren();
        }
      }
      if (parser.nextToken() != null) {
        throw new BadRequestException("body", "has content after the JSON object");
      }
    } catch (JacksonException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof PayloadTooLargeException) {
          throw e;
        }
      }
      var location = e.getLocation();
      throw new BadRequestException(
          "body",
          "is not valid JSON: "
              + e.getOriginalMessage()
              + (location == null ? "" : " (at " + location.offsetDescription() + ")"));
    }
    return new ScreeningController.ScreenRequest(items, region);
  }

  private static List<ScreeningController.Item> items(
      JsonParser parser, JsonToken token, int maxItems) {
    if (token == JsonToken.VALUE_NULL) {
      return List.of();
    }
    expect(parser, token, JsonToken.START_ARRAY, "'items'");
    List<ScreeningController.Item> items = new ArrayList<>(Math.min(maxItems, 1024));
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (items.size() == maxItems) {
        throw new BadRequestException(
            "items",
            "lists more than " + maxItems + " items; at most " + maxItems + " per request");
      }
      String field = "items[" + items.size() + "]";
      expect(parser, token, JsonToken.START_OBJECT, field);
      String type = null;
      String value = null;
      String region = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken next = parser.nextToken();
        switch (name) {
          case "type" -> type = text(parser, next, field + ".type");
          case "value" -> value = text(parser, next, field + ".value");
          case "region" -> region = text(parser, next, field + ".region");
          default -> parser.skipChildren();
        }
      }
      items.add(new ScreeningController.Item(type, value, region));
    }
    return items;
  }

  private static @Nullable String text(JsonParser parser, JsonToken token, String field) {
    return switch (token) {
      case VALUE_NULL -> null;
      case VALUE_STRING -> parser.getString();
      default -> throw new BadRequestException(field, "must be a string");
    };
  }

  private static void expect(
      JsonParser parser, @Nullable JsonToken token, JsonToken wanted, String what) {
    if (token != wanted) {
      throw new BadRequestException(
          what,
          "must be a JSON "
              + (wanted == JsonToken.START_ARRAY ? "array" : "object")
              + " (at "
              + parser.currentLocation().offsetDescription()
              + ")");
    }
  }

  /**
   * Writes {@code {"results": [...]}} straight as UTF-8 bytes: the generator's per-value checks
   * were a third of a batch's time, and the shape here is fixed.
   */
  static void write(OutputStream out, List<ScreeningController.ItemResult> results)
      throws IOException {
    JsonBytes json = new JsonBytes(out);
    json.raw("{\"results\":[");
    boolean first = true;
    for (ScreeningController.ItemResult result : results) {
      json.raw(first ? "{\"input\":" : ",{\"input\":");
      first = false;
      json.string(result.input());
      if (result.canonical() != null) {
        json.raw(",\"canonical\":").string(result.canonical());
      }
      json.raw(",\"verdict\":").string(result.verdict());
      if (result.score() != null) {
        json.raw(",\"score\":").number(result.score());
      }
      if (result.level() != null) {
        json.raw(",\"level\":").string(result.level());
      }
      if (result.reason() != null) {
        json.raw(",\"reason\":").string(result.reason());
      }
      json.raw(",\"matches\":[");
      boolean firstMatch = true;
      for (MatchView match : result.matches()) {
        json.raw(firstMatch ? "" : ",");
        firstMatch = false;
        writeMatch(json, match);
      }
      json.raw("]}");
    }
    json.raw("]}").flush();
  }

  private static void writeMatch(JsonBytes json, MatchView match) throws IOException {
    json.raw("{\"indicator\":").string(match.indicator());
    json.raw(",\"type\":").string(match.type());
    json.raw(",\"canonical\":").string(match.canonical());
    json.raw(",\"categories\":[");
    for (int i = 0; i < match.categories().size(); i++) {
      json.raw(i == 0 ? "" : ",").string(match.categories().get(i));
    }
    json.raw("],\"confidence\":").number(match.confidence());
    json.raw(",\"tlp\":").string(match.tlp());
    json.raw(",\"originator\":").string(match.originator());
    json.raw(",\"match\":").string(match.match());
    json.raw(",\"matched\":").string(match.matched());
    json.raw("}");
  }
}
