package org.mekong.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * Every error, whoever answers it (the firewall, Tomcat, the security chain, the error page, the
 * size cap), is problem details with the security headers and no internals, sent as raw requests.
 */
class ErrorResponsesTest {

  private final SeededNode seeded = TestNodes.shared();

  /** A raw HTTP response. */
  private record Raw(int status, Map<String, String> headers, String body) {}

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GET|//api/v1/whoami|400|KEY",
        "GET|/api/v1;jsessionid=1/whoami|400|KEY",
        "GET|/api/v1/../v1/whoami|400|KEY",
        "GET|/api/v1/%2e%2e/v1/whoami|400|KEY",
        "GET|/api/v1%2Fwhoami|400|KEY",
        "GET|/api/v1/who%zzami|400|KEY",
        "GET|/api/v1/indicators?text=%zz|400|KEY",
        "TRACE|/api/v1/whoami|405|KEY",
        "GET|/error|404|NONE",
        "GET|/api/v1/whoami|401|NONE",
        "GET|/api/v1/admin/agencies|403|KEY",
        "GET|/api/v1/no-such-thing|404|KEY",
        "DELETE|/api/v1/whoami|405|KEY",
        "GET|/api/v1/whoami|400|HUGE_HEADER",
        "POST|/api/v1/selectors/normalize|413|HUGE_BODY",
        "POST|/api/v1/selectors/normalize|400|BAD_JSON",
        "POST|/api/v1/selectors/normalize|415|XML",
      })
  void everyErrorIsProblemDetailsWithTheSecurityHeaders(
      String method, String path, int status, String extra) {
    Raw response = send(method, path, extra);
    assertThat(response.status()).as(response.toString()).isEqualTo(status);
    assertThat(response.headers().getOrDefault("content-type", ""))
        .as(response.toString())
        .startsWith("application/problem+json");
    assertThat(response.headers())
        .as(response.toString())
        .containsEntry("x-content-type-options", "nosniff")
        .containsKey("cache-control")
        .containsKey("x-frame-options");
    assertThat(response.body())
        .as(response.toString())
        .contains("\"status\":" + status)
        .doesNotContainPattern("java\\.|Exception|jakarta|springframework|tomcat|Tomcat|jackson")
        .doesNotContainIgnoringCase("<html");
  }

  private Raw send(String method, String path, String extra) {
    URI base = URI.create(seeded.node().baseUrl());
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
    if (extra.equals("KEY")
        || extra.startsWith("HUGE")
        || extra.equals("BAD_JSON")
        || extra.equals("XML")) {
      head.append("Authorization: Bearer ").append(seeded.keyOf("th-ccib")).append("\r\n");
    }
    if (extra.equals("HUGE_HEADER")) {
      head.append("X-Padding: ").append("a".repeat(64 * 1024)).append("\r\n");
    }
    String body =
        switch (extra) {
          case "HUGE_BODY" -> "{\"values\":[\"" + "1".repeat(200_000) + "\"]}";
          case "BAD_JSON" -> "{\"values\": [1,";
          case "XML" -> "<values/>";
          default -> "";
        };
    if (!body.isEmpty()) {
      head.append("Content-Type: ")
          .append(extra.equals("XML") ? "application/xml" : "application/json")
          .append("\r\n");
      head.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length);
      head.append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      try {
        socket.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the node may answer and close before reading a body it refuses
      }
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Raw parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      in.transferTo(all);
    } catch (IOException e) {
      // a reset after the response was sent
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    String body = end < 0 ? "" : text.substring(end + 4);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Raw(status, headers, body);
  }

  private static String dechunk(String chunked) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    while (at < chunked.length()) {
      int lineEnd = chunked.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      out.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    return out.toString();
  }
}
