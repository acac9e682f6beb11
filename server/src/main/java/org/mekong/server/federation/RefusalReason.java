package org.mekong.server.federation;

/** Why an object of a partner's page was not stored. */
enum RefusalReason {
  /** Its originator (created_by_ref) is no agency this node knows. */
  UNKNOWN_ORIGINATOR("unknown-originator"),
  /** One of this node's own agencies originated it: this node holds the original. */
  OWN_OBJECT("own-object"),
  /** TLP:RED that does not name the agency that pulled it. */
  NOT_ADDRESSED("not-addressed"),
  /** Not a Mekong indicator that can be read (or it clashes with one stored here). */
  INVALID_OBJECT("invalid-object"),
  /** A STIX object of a type federation does not carry. */
  UNSUPPORTED_TYPE("unsupported-type");

  private final String code;

  RefusalReason(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }
}
