package org.mekong.server.taxii;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** TAXII media types, timestamps and how resources and error messages are written. */
final class TaxiiJson {

  static final String TAXII = "application/taxii+json;version=2.1";
  static final String STIX = "application/stix+json;version=2.1";

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private TaxiiJson() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** A TAXII timestamp: UTC, microseconds, as the node stores them. */
  static String timestamp(Instant instant) {
    return MICROS.format(instant);
  }

  static void write(HttpServletResponse response, int status, JsonNode body) throws IOException {
    response.setStatus(status);
    response.setContentType(TAXII);
    try (OutputStream out = response.getOutputStream()) {
      JSON.writeValue(out, body);
    }
  }

  /** A TAXII error message. */
  static ObjectNode error(int status, String title, String description) {
    ObjectNode error = object();
    error.put("title", title);
    error.put("description", description);
    error.put("http_status", String.valueOf(status));
    return error;
  }
}
