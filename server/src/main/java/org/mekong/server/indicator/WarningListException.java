package org.mekong.server.indicator;

import java.util.List;
import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A selector on a warning list of known-benign selectors, published without acknowledging it. */
final class WarningListException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public WarningListException(String canonical, List<String> lists) {
    super(
        HttpStatus.UNPROCESSABLE_CONTENT,
        canonical
            + " is on the warning list "
            + String.join(", ", lists)
            + ": as an indicator it would hit everyone; set acknowledgeWarnings to publish anyway");
  }
}
