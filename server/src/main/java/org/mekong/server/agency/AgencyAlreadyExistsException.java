package org.mekong.server.agency;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** An agency with that id exists already. */
final class AgencyAlreadyExistsException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public AgencyAlreadyExistsException(String id) {
    super(HttpStatus.CONFLICT, "an agency with the id '" + id + "' exists already");
  }
}
