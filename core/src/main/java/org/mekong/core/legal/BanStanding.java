package org.mekong.core.legal;

/** Where an entry ban stands on a given day: its status and its dates together. */
public enum BanStanding {
  /** In force but its start is still to come. */
  NOT_YET("not-yet-in-force"),
  /** It applies. */
  ACTIVE("active"),
  /** It applies while an appeal against it is pending. */
  ACTIVE_UNDER_APPEAL("active-under-appeal"),
  /** Suspended: it does not apply. */
  SUSPENDED("suspended"),
  /** Past its expiry. */
  EXPIRED("expired"),
  /** Lifted. */
  LIFTED("lifted");

  private final String code;

  BanStanding(String code) {
    this.code = code;
  }

  /** The code the API uses. */
  public String code() {
    return code;
  }

  /** Whether an officer must act on it at a border. */
  public boolean applies() {
    return switch (this) {
      case ACTIVE, ACTIVE_UNDER_APPEAL -> true;
      case NOT_YET, SUSPENDED, EXPIRED, LIFTED -> false;
    };
  }
}
