package org.mekong.server.screening;

/** The client has no screening key yet, or used one that is not (or no longer) good. */
public final class ScreeningKeyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ScreeningKeyException(String message) {
    super(message);
  }
}
