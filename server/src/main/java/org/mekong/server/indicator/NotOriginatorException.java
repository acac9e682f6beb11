package org.mekong.server.indicator;

/** Only the originating agency may change or revoke its indicator. */
public final class NotOriginatorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotOriginatorException(String id) {
    super("only the originating agency may revoke or change indicator " + id);
  }
}
