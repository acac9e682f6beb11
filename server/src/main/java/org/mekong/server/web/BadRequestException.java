package org.mekong.server.web;

import org.springframework.http.HttpStatus;

/** A request that names a field with a wrong or missing value. */
public final class BadRequestException extends ProblemException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public BadRequestException(String field, String problem) {
    super(HttpStatus.BAD_REQUEST, "'" + field + "' " + problem);
    this.field = field;
  }

  /** The offending field. */
  public String field() {
    return field;
  }
}
