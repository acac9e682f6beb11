package org.mekong.server.indicator;

/** Publishing onto an indicator its originator has revoked: STIX revocation is final. */
public final class IndicatorRevokedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IndicatorRevokedException(String id) {
    super(
        "indicator "
            + id
            + " was revoked by its originator; a revoked STIX object cannot be published again");
  }
}
