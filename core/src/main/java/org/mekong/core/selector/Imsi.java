package org.mekong.core.selector;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A subscriber identity (SIM): 15 digits, MCC (3 digits, country) + MNC (2 or 3 digits, network) +
 * MSIN. The MNC is 3 digits for MCCs 300-399 (North America and the Caribbean) and for 405 (India,
 * newer operators), 708 (Honduras), 722 (Argentina) and 732 (Colombia); 2 digits elsewhere.
 */
public record Imsi(String value) implements Selector {

  private static final Pattern VALUE = Pattern.compile("[2-7][0-9]{14}");

  public Imsi {
    if (!VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an IMSI has 15 digits and an MCC from 200 to 799: " + value);
    }
  }

  @Override
  public SelectorType type() {
    return SelectorType.IMSI;
  }

  @Override
  public String canonical() {
    return value;
  }

  /** The mobile country code. */
  public String mcc() {
    return value.substring(0, 3);
  }

  /** The mobile network code, 2 or 3 digits by the rule in the type's comment. */
  public String mnc() {
    return value.substring(3, 3 + mncLength(Integer.parseInt(mcc())));
  }

  /** {@code mcc} and {@code mnc}. */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of("mcc", mcc(), "mnc", mnc());
  }

  static int mncLength(int mcc) {
    return (mcc >= 300 && mcc <= 399) || mcc == 405 || mcc == 708 || mcc == 722 || mcc == 732
        ? 3
        : 2;
  }
}
