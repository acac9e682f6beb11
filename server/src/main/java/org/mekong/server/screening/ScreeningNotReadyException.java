package org.mekong.server.screening;

/** The watch list is still being built at start-up; retrying shortly will help. */
public final class ScreeningNotReadyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ScreeningNotReadyException(long loaded) {
    super("the screening watch list is still being built (" + loaded + " indicators so far)");
  }
}
