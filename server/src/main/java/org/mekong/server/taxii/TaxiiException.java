package org.mekong.server.taxii;

import org.springframework.http.HttpStatus;

/** A request TAXII refuses, answered with a TAXII error message of the given status. */
final class TaxiiException extends RuntimeException {

  private final HttpStatus status;

  TaxiiException(HttpStatus status, String description) {
    super(description);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  static TaxiiException notFound(String description) {
    return new TaxiiException(HttpStatus.NOT_FOUND, description);
  }

  static TaxiiException badRequest(String description) {
    return new TaxiiException(HttpStatus.BAD_REQUEST, description);
  }
}
