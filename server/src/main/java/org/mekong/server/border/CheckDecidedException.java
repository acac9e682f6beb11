package org.mekong.server.border;

import java.util.UUID;
import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The check already has its decision; a decision is recorded once. */
final class CheckDecidedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  CheckDecidedException(UUID id, String decision) {
    super(HttpStatus.CONFLICT, "border check " + id + " was already decided: " + decision);
  }
}
