package org.mekong.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details, built the same way everywhere. */
public final class Problems {

  /** The media type of every error response. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  /** A problem with a type URI derived from the status and whether retrying may help. */
  public static ProblemDetail of(HttpStatus status, String detail, boolean retryable) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("https://mekong.example/problems/" + slug(status)));
    problem.setTitle(status.getReasonPhrase());
    problem.setProperty("retryable", retryable);
    return problem;
  }

  /** Writes a problem straight to a servlet response, for filters that run before MVC. */
  public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MEDIA_TYPE);
    SecurityHeaders.apply(response);
    response
        .getOutputStream()
        .write(json(problem).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A problem as JSON text. */
  static String json(ProblemDetail problem) {
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("type", String.valueOf(problem.getType()));
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    var properties = problem.getProperties();
    if (properties != null) {
      body.putAll(properties);
    }
    return JSON.writeValueAsString(body);
  }

  private static String slug(HttpStatus status) {
    return status
        .getReasonPhrase()
        .toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
  }
}
