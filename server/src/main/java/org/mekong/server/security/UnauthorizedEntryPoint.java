package org.mekong.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mekong.server.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers an unauthenticated request with 401 as problem details. */
final class UnauthorizedEntryPoint implements AuthenticationEntryPoint {

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    reject(response, "this endpoint needs 'Authorization: Bearer <API key>'");
  }

  void reject(HttpServletResponse response, String detail) throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"mekong\", Basic realm=\"mekong\"");
    Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, detail, false));
  }
}
