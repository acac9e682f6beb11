package org.mekong.server.federation;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one page of a partner's TAXII collection {@code indicators} (API root {@code mekong}):
 * every version added after a time, or the page after a {@code next} cursor. Failures are {@link
 * PullFailure}s with a machine-readable code.
 */
final class TaxiiPuller {

  /** The id of the indicators collection, the same on every Mekong node. */
  static final String INDICATORS = "7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11";

  static final int PAGE = 1_000;

  private static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  /** One page: its objects, whether more follow and the cursor to them, and the last date added. */
  record Page(
      List<JsonNode> objects, boolean more, @Nullable String next, @Nullable Instant addedLast) {}

  /** A pull that failed; {@code code} is e.g. unreachable, timeout, http-401, invalid-response. */
  static final class PullFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    PullFailure(String code, String message) {
      super(message);
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  private final HttpClient client;
  private final Duration readTimeout;

  /**
   * A puller; with {@code tls}, an {@code https} partner is reached over mutual TLS (the node's
   * certificate presented, the partner's checked against the node's trust store).
   */
  TaxiiPuller(Duration connectTimeout, Duration readTimeout, @Nullable SSLContext tls) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (tls != null) {
      builder.sslContext(tls);
    }
    this.client = builder.build();
    this.readTimeout = readTimeout;
  }

  /** A puller over plain HTTP, or HTTPS with the JDK's default trust. */
  TaxiiPuller(Duration connectTimeout, Duration readTimeout) {
    this(connectTimeout, readTimeout, null);
  }

  /** The URL of a page: after {@code next} if given, else every version added after the time. */
  static URI pageUrl(URI base, @Nullable Instant addedAfter, @Nullable String next) {
    StringBuilder url = new StringBuilder(base.toString());
    while (url.length() > 0 && url.charAt(url.length() - 1) == '/') {
      url.setLength(url.length() - 1);
    }
    url.append("/taxii2/mekong/collections/")
        .append(INDICATORS)
        .append("/objects/?match%5Bversion%5D=all&limit=")
        .append(PAGE);
    if (addedAfter != null) {
      url.append("&added_after=").append(MICROS.format(addedAfter));
    }
    if (next != null) {
      url.append("&next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
    return URI.create(url.toString());
  }

  Page fetch(URI base, String apiKey, @Nullable Instant addedAfter, @Nullable String next)
      throws PullFailure, InterruptedException {
    URI url = pageUrl(base, addedAfter, next);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(readTimeout)
            .header("Authorization", "Bearer " + apiKey)
            .header("Accept", MEDIA_TYPE)
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new PullFailure("timeout", "no answer from " + base + " in time: " + e.getMessage());
    } catch (SSLException e) {
      throw new PullFailure(
          "tls", "no TLS session with " + base + ": " + e.getClass().getSimpleName() + detail(e));
    } catch (IOException e) {
      throw new PullFailure(
          "unreachable", "cannot reach " + base + ": " + e.getClass().getSimpleName() + detail(e));
    }
    int status = response.statusCode();
    if (status != 200) {
      String code = status >= 500 ? "http-5xx" : "http-" + status;
      throw new PullFailure(code, base + " answered " + status + ": " + excerpt(response.body()));
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (!contentType.startsWith("application/taxii+json")) {
      throw new PullFailure(
          "invalid-response", "the answer is " + contentType + ", not application/taxii+json");
    }
    return page(response.body(), response.headers().firstValue("X-TAXII-Date-Added-Last"));
  }

  static Page page(String body, java.util.Optional<String> addedLastHeader) throws PullFailure {
    JsonNode envelope;
    try {
      envelope = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new PullFailure("invalid-response", "the envelope is not JSON");
    }
    if (!envelope.isObject()) {
      throw new PullFailure("invalid-response", "the envelope is not a JSON object");
    }
    JsonNode objects = envelope.path("objects");
    if (!objects.isMissingNode() && !objects.isArray()) {
      throw new PullFailure("invalid-response", "the envelope's objects are not a list");
    }
    List<JsonNode> list = new ArrayList<>();
    objects.values().forEach(list::add);
    boolean more = envelope.path("more").asBoolean(false);
    JsonNode nextNode = envelope.path("next");
    String next = nextNode.isString() ? nextNode.asString() : null;
    if (more && next == null) {
      throw new PullFailure("invalid-response", "the envelope says more but gives no next");
    }
    Instant addedLast = null;
    if (addedLastHeader.isPresent()) {
      try {
        addedLast = Instant.parse(addedLastHeader.get().strip());
      } catch (DateTimeParseException e) {
        throw new PullFailure("invalid-response", "X-TAXII-Date-Added-Last is no timestamp");
      }
    } else if (!list.isEmpty()) {
      throw new PullFailure("invalid-response", "a page without X-TAXII-Date-Added-Last");
    }
    return new Page(list, more, next, addedLast);
  }

  private static String detail(IOException e) {
    return e.getMessage() == null ? "" : " (" + e.getMessage() + ")";
  }

  private static String excerpt(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}
