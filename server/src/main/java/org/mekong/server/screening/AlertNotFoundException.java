package org.mekong.server.screening;

/** No alert of the caller's has this id. */
public final class AlertNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  AlertNotFoundException(String id) {
    super("no alert " + id + " of this agency");
  }
}
