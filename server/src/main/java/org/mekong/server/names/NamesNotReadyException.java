package org.mekong.server.names;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The name index is still being built at start-up; retrying shortly will help. */
final class NamesNotReadyException extends ProblemException {

  private static final long serialVersionUID = 1L;

  NamesNotReadyException(long loaded) {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        "the name index is still being built (" + loaded + " entities so far)",
        5);
  }
}
