package org.mekong.server.screening;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The client has no screening key yet, or used one that is not (or no longer) good. */
final class ScreeningKeyException extends ProblemException {

  private static final long serialVersionUID = 1L;

  ScreeningKeyException(String message) {
    super(HttpStatus.CONFLICT, message);
  }
}
