package org.mekong.server.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page: errors raised outside a handler (the firewall, the servlet container, a direct
 * request for {@code /error}) become problem details with a detail of our own, never the
 * exception's message.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer value && value >= 400 ? value : 404;
    HttpStatus resolved = HttpStatus.resolve(status);
    if (resolved == null) {
      resolved = status >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
    }
    SecurityHeaders.apply(response);
    Problems.write(
        response,
        Problems.of(
            resolved, SecurityHeaders.detail(resolved.value()), resolved.is5xxServerError()));
  }
}
