package org.mekong.server.legal;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No record with this id that the caller may see (whether it exists is not disclosed). */
final class LegalRecordNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  LegalRecordNotFoundException(LegalKind kind, String id) {
    super(HttpStatus.NOT_FOUND, "no " + kind.code() + " " + id + " that you may see");
  }
}
