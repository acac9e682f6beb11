package org.mekong.server.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options and calls shared by commands that talk to a running node's API. */
final class NodeClient {

  @Option(
      names = "--url",
      defaultValue = "${env:MEKONG_URL:-http://localhost:8080}",
      description = "the node's base URL (default: $MEKONG_URL or http://localhost:8080)")
  String url = "http://localhost:8080";

  @Option(
      names = "--api-key",
      defaultValue = "${env:MEKONG_API_KEY}",
      description = "the API key to call with (default: $MEKONG_API_KEY)")
  @org.jspecify.annotations.Nullable
  String apiKey;

  /**
   * Made at the first call: picocli builds every command's options at start, and a client starts a
   * selector thread that, waiting in native code, holds up the JVM's exit by 0.3 s.
   */
  private @org.jspecify.annotations.Nullable HttpClient http;

  /** The client of this command's calls, made at the first (screening workers call at once). */
  private synchronized HttpClient http() {
    HttpClient client = http;
    if (client == null) {
      client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      http = client;
    }
    return client;
  }

  /** POSTs JSON (or nothing) and returns the response body; non-2xx becomes a failure. */
  String post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /**
   * POSTs JSON like {@link #post}, but waits out a rate limit: on 429 it sleeps for the node's
   * {@code Retry-After} and tries again, up to {@code attempts} times.
   */
  String postPatiently(String path, String json, int attempts) {
    for (int attempt = 1; ; attempt++) {
      HttpRequest request =
          request(path)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build();
      try {
        HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 429 && attempt < attempts) {
          long wait = response.headers().firstValueAsLong("Retry-After").orElse(5);
          Thread.sleep(Duration.ofSeconds(Math.max(1, wait)));
          continue;
        }
        if (response.statusCode() / 100 != 2) {
          throw new CommandFailedException(
              "the node answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
      } catch (IOException e) {
        throw new CommandFailedException(
            "cannot reach the node at " + url + ": " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CommandFailedException("interrupted", e);
      }
    }
  }

  /** POSTs a body of any type and returns the response body; non-2xx becomes a failure. */
  String send(String path, String contentType, HttpRequest.BodyPublisher body) {
    return send(
        request(path)
            .timeout(Duration.ofHours(2))
            .header("Content-Type", contentType)
            .POST(body)
            .build());
  }

  /** GETs a path and returns the response body; non-2xx becomes a failure. */
  String get(String path) {
    return send(request(path).GET().build());
  }

  private HttpRequest.Builder request(String path) {
    if (apiKey == null || apiKey.isBlank()) {
      throw new CommandFailedException(
          "an API key is needed: give --api-key or set MEKONG_API_KEY");
    }
    return HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + apiKey)
        .header("Accept", "application/json");
  }

  private String send(HttpRequest request) {
    try {
      HttpResponse<String> response = http().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new CommandFailedException(
            "the node answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new CommandFailedException(
          "cannot reach the node at " + url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException("interrupted", e);
    }
  }
}
