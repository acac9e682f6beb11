package org.mekong.server.web;

import org.springframework.http.HttpStatus;

/** The client asked for more than its rate allows; retrying after the given wait will help. */
public final class RateLimitedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public RateLimitedException(String message, long retryAfterSeconds) {
    super(HttpStatus.TOO_MANY_REQUESTS, message, retryAfterSeconds);
  }
}
