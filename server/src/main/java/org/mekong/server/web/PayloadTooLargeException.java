package org.mekong.server.web;

/** A request body larger than the node accepts. */
public final class PayloadTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long limit) {
    super("the request body exceeds the limit of " + limit + " bytes");
  }
}
