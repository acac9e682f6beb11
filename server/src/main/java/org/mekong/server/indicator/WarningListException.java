package org.mekong.server.indicator;

import java.util.List;

/** A selector on a warning list of known-benign selectors, published without acknowledging it. */
public final class WarningListException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WarningListException(String canonical, List<String> lists) {
    super(
        canonical
            + " is on the warning list "
            + String.join(", ", lists)
            + ": as an indicator it would hit everyone; set acknowledgeWarnings to publish anyway");
  }
}
