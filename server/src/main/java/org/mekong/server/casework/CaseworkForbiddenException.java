package org.mekong.server.casework;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The caller sees the record but may not make this change to it. */
final class CaseworkForbiddenException extends ProblemException {

  private static final long serialVersionUID = 1L;

  CaseworkForbiddenException(String reason) {
    super(HttpStatus.FORBIDDEN, reason);
  }
}
