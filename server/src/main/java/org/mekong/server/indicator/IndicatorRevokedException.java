package org.mekong.server.indicator;

import org.mekong.server.web.ProblemException;
import org.springframework.http.HttpStatus;

/** Publishing onto an indicator its originator has revoked: STIX revocation is final. */
final class IndicatorRevokedException extends ProblemException {

  private static final long serialVersionUID = 1L;

  IndicatorRevokedException(String id) {
    super(
        HttpStatus.CONFLICT,
        "indicator "
            + id
            + " was revoked by its originator; a revoked STIX object cannot be published again");
  }
}
