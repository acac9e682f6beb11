package org.mekong.server.requests;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A step the request's status does not allow, e.g. answering a request that was refused. */
final class RequestConflictException extends ProblemException {

  private static final long serialVersionUID = 1L;

  RequestConflictException(String id, String action, String reason) {
    super(HttpStatus.CONFLICT, "request " + id + " cannot take '" + action + "': " + reason);
  }
}
