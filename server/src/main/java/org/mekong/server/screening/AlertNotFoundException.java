package org.mekong.server.screening;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No alert of the caller's has this id. */
final class AlertNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  AlertNotFoundException(String id) {
    super(HttpStatus.NOT_FOUND, "no alert " + id + " of this agency");
  }
}
