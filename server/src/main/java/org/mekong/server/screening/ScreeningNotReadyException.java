package org.mekong.server.screening;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The watch list is still being built at start-up; retrying shortly will help. */
final class ScreeningNotReadyException extends ProblemException {

  private static final long serialVersionUID = 1L;

  ScreeningNotReadyException(long loaded) {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        "the screening watch list is still being built (" + loaded + " indicators so far)",
        5);
  }
}
