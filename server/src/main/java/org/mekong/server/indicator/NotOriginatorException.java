package org.mekong.server.indicator;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Only the originating agency may change or revoke its indicator. */
final class NotOriginatorException extends ProblemException {

  private static final long serialVersionUID = 1L;

  NotOriginatorException(String id) {
    super(HttpStatus.FORBIDDEN, "only the originating agency may revoke or change indicator " + id);
  }
}
