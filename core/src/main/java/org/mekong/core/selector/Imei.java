package org.mekong.core.selector;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A handset identity: the 14-digit IMEI body (TAC + serial), without check digit or software
 * version, so that an IMEI and an IMEISV of the same handset meet.
 */
public record Imei(String body) implements Selector {

  private static final Pattern BODY = Pattern.compile("[0-9]{14}");

  public Imei {
    if (!BODY.matcher(body).matches()) {
      throw new IllegalArgumentException("an IMEI body has 14 digits: " + body);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.IMEI;
  }

  @Override
  public String canonical() {
    return body;
  }

  /** The 15-digit IMEI: body plus Luhn check digit. */
  public String withCheckDigit() {
    return body + Luhn.checkDigit(body);
  }

  /** {@code tac} (type allocation code, the model), {@code serial} and {@code check-digit}. */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of(
        "tac",
        body.substring(0, 8),
        "serial",
        body.substring(8),
        "check-digit",
        Integer.toString(Luhn.checkDigit(body)));
  }
}
