package org.mekong.server.border;

import java.util.UUID;
import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No check with this id made by the caller's agency. */
final class CheckNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  CheckNotFoundException(UUID id) {
    super(HttpStatus.NOT_FOUND, "no border check " + id + " of your agency");
  }
}
