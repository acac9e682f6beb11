package org.mekong.server.requests;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No request with this id is visible to the caller: it does not exist or is someone else's. */
final class RequestNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  RequestNotFoundException(String id) {
    super(HttpStatus.NOT_FOUND, "no request " + id + " is visible to this agency");
  }
}
