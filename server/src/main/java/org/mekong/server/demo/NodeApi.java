package org.mekong.server.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo federation's client of a node's HTTP API: the same admin and agency calls an operator or
 * analyst makes, so that the demo sets the federation up exactly as a person would.
 */
final class NodeApi {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** An answer: its status and body. */
  record Answer(int status, String body) {

    boolean ok() {
      return status / 100 == 2;
    }

    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private final String baseUrl;

  NodeApi(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Answer get(String path, String apiKey) {
    return send(request(path, apiKey).GET().build());
  }

  Answer post(String path, String apiKey, Object body) {
    return send(
        request(path, apiKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  Answer put(String path, String apiKey, Object body) {
    return send(
        request(path, apiKey)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build());
  }

  /** Like {@link #post} but a non-2xx answer is a failure naming the call. */
  JsonNode postOk(String path, String apiKey, Object body) {
    return required(path, post(path, apiKey, body));
  }

  /** Like {@link #put} but a non-2xx answer is a failure naming the call. */
  JsonNode putOk(String path, String apiKey, Object body) {
    return required(path, put(path, apiKey, body));
  }

  /** Like {@link #get} but a non-2xx answer is a failure naming the call. */
  JsonNode getOk(String path, String apiKey) {
    return required(path, get(path, apiKey));
  }

  private JsonNode required(String path, Answer answer) {
    if (!answer.ok()) {
      throw new IllegalStateException(
          baseUrl + path + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.body().isEmpty() ? JSON.createObjectNode() : answer.json();
  }

  private HttpRequest.Builder request(String path, @Nullable String apiKey) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofMinutes(2))
            .header("Accept", "application/json");
    if (apiKey != null) {
      builder.header("Authorization", "Bearer " + apiKey);
    }
    return builder;
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach " + request.uri() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + request.uri(), e);
    }
  }
}
