package org.mekong.server.web;

import java.util.OptionalLong;
import org.springframework.http.HttpStatus;

/**
 * An exception that carries the HTTP status it is answered with, whether a retry can help and how
 * long to wait: features extend it so that the shared web package maps their exceptions without
 * knowing them. The message is the problem's detail, shown to the caller as it is.
 */
public abstract class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final boolean retryable;
  private final long retryAfterSeconds;

  /** A rejection that retrying will not change. */
  protected ProblemException(HttpStatus status, String detail) {
    this(status, detail, false, -1);
  }

  /** A refusal that passes: retrying after {@code retryAfterSeconds} may help. */
  protected ProblemException(HttpStatus status, String detail, long retryAfterSeconds) {
    this(status, detail, true, retryAfterSeconds);
  }

  private ProblemException(
      HttpStatus status, String detail, boolean retryable, long retryAfterSeconds) {
    super(detail);
    this.status = status;
    this.retryable = retryable;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The status the request is answered with. */
  public HttpStatus status() {
    return status;
  }

  /** Whether the same request may succeed later. */
  public boolean retryable() {
    return retryable;
  }

  /** Whole seconds to wait before retrying, for a {@code Retry-After} header. */
  public OptionalLong retryAfterSeconds() {
    return retryAfterSeconds < 0 ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
  }

  /** The detail shown to the caller. */
  public String detail() {
    return String.valueOf(getMessage());
  }
}
