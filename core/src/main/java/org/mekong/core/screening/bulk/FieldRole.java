package org.mekong.core.screening.bulk;

/** The role in its record of a screened field, as written in a hit. */
public enum FieldRole {
  A_NUMBER("a_number"),
  B_NUMBER("b_number"),
  IMEI("imei"),
  IMSI("imsi"),
  SENDER("sender"),
  RECIPIENT("recipient"),
  BODY("body"),
  PAYER("payer"),
  PAYEE("payee"),
  URL("url"),
  SELECTOR("selector");

  private final String code;

  FieldRole(String code) {
    this.code = code;
  }

  /** The lowercase code written in hits, e.g. {@code a_number}. */
  public String code() {
    return code;
  }
}
