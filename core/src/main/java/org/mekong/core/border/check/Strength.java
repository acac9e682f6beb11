package org.mekong.core.border.check;

/** How surely a traveller is a listed person. */
public enum Strength {
  /** The same document number of the same issuing state. */
  CERTAIN("certain"),
  /** The name matches and the birth date agrees, nothing contradicts. */
  STRONG("strong"),
  /** The name matches, but the birth date is unknown on one side or the nationality differs. */
  POSSIBLE("possible");

  private final String code;

  Strength(String code) {
    this.code = code;
  }

  /** The code the API uses. */
  public String code() {
    return code;
  }
}
