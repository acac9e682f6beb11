package org.mekong.server.requests;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The sender (or anyone but the recipient) tried a step that only the recipient takes. */
final class NotTheRecipientException extends ProblemException {

  private static final long serialVersionUID = 1L;

  NotTheRecipientException(String id, String recipient) {
    super(
        HttpStatus.FORBIDDEN,
        "only the recipient of request " + id + " (" + recipient + ") answers it");
  }
}
