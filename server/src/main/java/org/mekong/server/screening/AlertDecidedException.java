package org.mekong.server.screening;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** The alert was already confirmed or dismissed; decisions are final. */
final class AlertDecidedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  AlertDecidedException(String id, String status) {
    super(HttpStatus.CONFLICT, "alert " + id + " is already " + status + "; a decision is final");
  }
}
