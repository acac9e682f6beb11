package org.mekong.core.selector;

import java.util.Map;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * A phone number in E.164 form, with the region libphonenumber assigns it and its number type
 * ({@code mobile}, {@code fixed-line}, {@code voip}, ...).
 */
public record PhoneNumber(String e164, String country, String numberType) implements Selector {

  public PhoneNumber {
    if (!isE164(e164) || !e164.equals(PhoneFastPath.instance().e164(e164))) {
      throw new IllegalArgumentException("not a valid number in E.164 form: " + e164);
    }
    if (!isRegion(country)) {
      throw new IllegalArgumentException("not a region code: " + country);
    }
    if (!isNumberType(numberType)) {
      throw new IllegalArgumentException("not a number type: " + numberType);
    }
  }

  // checked by hand, not by regular expressions: a list load makes a million of these

  /** {@code \+[1-9][0-9]{2,17}}. */
  private static boolean isE164(String s) {
    if (s.length() < 4 || s.length() > 19 || s.charAt(0) != '+' || s.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@code [A-Z]{2}|001}. */
  private static boolean isRegion(String s) {
    return s.equals("001") || (s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1)));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** {@code [a-z]+(-[a-z]+)*}. */
  private static boolean isNumberType(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c == '-' && s.charAt(i - 1) != '-');
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  @Override
  public SelectorType type() {
    return SelectorType.PHONE;
  }

  @Override
  public String canonical() {
    return e164;
  }

  /** {@code country} (region code, {@code 001} for non-geographic) and {@code number-type}. */
  @Override
  public Map<String, String> attributes() {
    return Attributes.of("country", country, "number-type", numberType);
  }
}
