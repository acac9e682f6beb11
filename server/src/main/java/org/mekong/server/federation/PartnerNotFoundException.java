package org.mekong.server.federation;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No partner of that name (404). */
final class PartnerNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  PartnerNotFoundException(String name) {
    super(HttpStatus.NOT_FOUND, "no partner node named '" + name + "'");
  }
}
