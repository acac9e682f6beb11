package org.mekong.server.casework;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No record of this kind and id that the caller may see. */
final class CaseworkNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  CaseworkNotFoundException(String kind, String id) {
    super(HttpStatus.NOT_FOUND, "no " + kind + " " + id + " visible to this agency");
  }
}
