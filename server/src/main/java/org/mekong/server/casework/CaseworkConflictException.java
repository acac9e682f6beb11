package org.mekong.server.casework;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A write the record's current state refuses: an illegal transition, a second handover. */
final class CaseworkConflictException extends ProblemException {

  private static final long serialVersionUID = 1L;

  CaseworkConflictException(String field, String reason) {
    super(HttpStatus.CONFLICT, "'" + field + "' " + reason);
  }
}
