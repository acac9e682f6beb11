package org.mekong.server.web;

/** The client asked for more than its rate allows; retrying after the given wait will help. */
public final class RateLimitedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public RateLimitedException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Whole seconds to wait before the request can pass. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
