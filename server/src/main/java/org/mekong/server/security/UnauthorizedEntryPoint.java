package org.mekong.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mekong.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an unauthenticated request with 401: as problem details, or as a TAXII error message
 * under {@code /taxii2/}; every refusal goes to the audit log, rate-limited.
 */
final class UnauthorizedEntryPoint implements AuthenticationEntryPoint {

  private final FailedAuthentications failures;

  UnauthorizedEntryPoint(FailedAuthentications failures) {
    this.failures = failures;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    reject(
        request,
        response,
        FailedAuthentications.Reason.MISSING,
        "this endpoint needs 'Authorization: Bearer <API key>'");
  }

  void reject(
      HttpServletRequest request,
      HttpServletResponse response,
      FailedAuthentications.Reason reason,
      String detail)
      throws IOException {
    failures.refused(request.getRemoteAddr(), reason, request.getMethod(), request.getRequestURI());
    response.setHeader("WWW-Authenticate", "Bearer realm=\"mekong\", Basic realm=\"mekong\"");
    if (request.getRequestURI().startsWith("/taxii2")) {
      taxiiError(response, detail);
      return;
    }
    Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, detail, false));
  }

  private static void taxiiError(HttpServletResponse response, String detail) throws IOException {
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setContentType("application/taxii+json;version=2.1");
    var body = new java.util.LinkedHashMap<String, String>();
    body.put("title", HttpStatus.UNAUTHORIZED.getReasonPhrase());
    body.put("description", detail);
    body.put("http_status", String.valueOf(HttpStatus.UNAUTHORIZED.value()));
    JSON.writeValue(response.getOutputStream(), body);
  }

  private static final tools.jackson.databind.json.JsonMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();
}
