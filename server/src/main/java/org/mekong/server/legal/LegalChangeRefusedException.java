package org.mekong.server.legal;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A change a record's rules refuse (a notice approved twice, a lifted ban suspended). */
final class LegalChangeRefusedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  LegalChangeRefusedException(String reason) {
    super(HttpStatus.CONFLICT, reason);
  }
}
