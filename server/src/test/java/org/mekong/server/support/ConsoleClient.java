package org.mekong.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A browser-like client of the console for tests: it keeps its cookies, does not follow redirects,
 * and sends the CSRF token of the last page it read with every form.
 */
public final class ConsoleClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** An answer: status, where a redirect goes, the body and the headers that matter. */
  public record Page(int status, String location, String body, HttpResponse<String> raw) {}

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private @Nullable String csrf;

  public ConsoleClient(String baseUrl) {
    this.baseUrl = baseUrl;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** Logs in; the answer is the redirect after the form. */
  public Page login(String username, String password, @Nullable String code) {
    get("/login");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", username);
    form.put("password", password);
    if (code != null) {
      form.put("code", code);
    }
    return post("/login", form);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
  }

  /** Posts a form with the CSRF token of the last page read. */
  public Page post(String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    if (csrf != null && !withToken.containsKey("_csrf")) {
      withToken.put("_csrf", csrf);
    }
    return postRaw(path, withToken);
  }

  /** Posts a form exactly as given, without a CSRF token of its own. */
  public Page postRaw(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Sends a request with this client's cookies. */
  public Page send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = CSRF.matcher(response.body());
      if (token.find()) {
        csrf = token.group(1);
      }
      return new Page(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(""),
          response.body(),
          response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public CookieManager cookies() {
    return cookies;
  }
}
