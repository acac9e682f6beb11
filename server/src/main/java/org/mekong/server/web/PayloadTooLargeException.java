package org.mekong.server.web;

import org.springframework.http.HttpStatus;

/** A request body larger than the node accepts. */
public final class PayloadTooLargeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long limit) {
    super(
        HttpStatus.CONTENT_TOO_LARGE, "the request body exceeds the limit of " + limit + " bytes");
  }
}
