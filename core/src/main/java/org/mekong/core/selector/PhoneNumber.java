package org.mekong.core.selector;

import java.util.Map;
import java.util.regex.Pattern;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * A phone number in E.164 form, with the region libphonenumber assigns it and its number type
 * ({@code mobile}, {@code fixed-line}, {@code voip}, ...).
 */
public record PhoneNumber(String e164, String country, String numberType) implements Selector {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{2,17}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|001");
  private static final Pattern NUMBER_TYPE = Pattern.compile("[a-z]+(-[a-z]+)*");

  public PhoneNumber {
    if (!E164.matcher(e164).matches() || !e164.equals(PhoneFastPath.instance().e164(e164))) {
      throw new IllegalArgumentException("not a valid number in E.164 form: " + e164);
    }
    if (!COUNTRY.matcher(country).matches()) {
      throw new IllegalArgumentException("not a region code: " + country);
    }
    if (!NUMBER_TYPE.matcher(numberType).matches()) {
      throw new IllegalArgumentException("not a number type: " + numberType);
    }
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
