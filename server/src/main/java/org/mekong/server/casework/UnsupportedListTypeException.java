package org.mekong.server.casework;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A list of people sent as anything but CSV. */
final class UnsupportedListTypeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  UnsupportedListTypeException() {
    super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a list of people is sent as Content-Type: text/csv");
  }
}
