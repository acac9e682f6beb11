package org.mekong.server.screening;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The client asked for more than its rate allows; retrying after the given wait will help. */
final class RateLimitedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  RateLimitedException(String message, long retryAfterSeconds) {
    super(HttpStatus.TOO_MANY_REQUESTS, message, retryAfterSeconds);
  }
}
