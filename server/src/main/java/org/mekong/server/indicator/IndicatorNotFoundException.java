package org.mekong.server.indicator;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No indicator with that id that the caller may see (the two are not told apart). */
public final class IndicatorNotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public IndicatorNotFoundException(String id) {
    super(HttpStatus.NOT_FOUND, "no indicator " + id + " is visible to this agency");
  }
}
