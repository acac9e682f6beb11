package org.mekong.server.legal;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Only the agency that issued a record may change it. */
final class NotIssuerException extends ProblemException {

  private static final long serialVersionUID = 1L;

  NotIssuerException(LegalKind kind) {
    super(
        HttpStatus.FORBIDDEN, "only the agency that issued this " + kind.code() + " may change it");
  }
}
