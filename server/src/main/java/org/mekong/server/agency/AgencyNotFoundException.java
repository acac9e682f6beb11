package org.mekong.server.agency;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No agency has the requested id. */
final class AgencyNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public AgencyNotFoundException(String id) {
    super(HttpStatus.NOT_FOUND, "no agency has the id '" + id + "'");
  }
}
