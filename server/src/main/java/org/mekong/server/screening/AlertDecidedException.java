package org.mekong.server.screening;

/** The alert was already confirmed or dismissed; decisions are final. */
public final class AlertDecidedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  AlertDecidedException(String id, String status) {
    super("alert " + id + " is already " + status + "; a decision is final");
  }
}
