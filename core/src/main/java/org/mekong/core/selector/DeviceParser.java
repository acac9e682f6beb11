package org.mekong.core.selector;

/** Parses IMEIs (14, 15 or 16 digits) and IMSIs (15 digits). */
final class DeviceParser {

  private DeviceParser() {}

  static String digitsOf(String raw) {
    return PhoneParser.normalize(raw).replaceAll("[\\s\\-./]", "");
  }

  static Parsed imei(String raw) {
    String digits = digitsOf(raw);
    if (!digits.matches("[0-9]+")) {
      return new Parsed.Invalid("an IMEI has digits only");
    }
    return switch (digits.length()) {
      case 14 -> new Parsed.Valid(new Imei(digits));
      case 15 ->
          Luhn.checkDigit(digits.substring(0, 14)) == digits.charAt(14) - '0'
              ? new Parsed.Valid(new Imei(digits.substring(0, 14)))
              : new Parsed.Invalid("IMEI check digit does not match (Luhn)");
      case 16 -> new Parsed.Valid(new Imei(digits.substring(0, 14)));
      default ->
          new Parsed.Invalid(
              "an IMEI has 15 digits (14 without check digit, 16 as IMEISV), not "
                  + digits.length());
    };
  }

  static Parsed imsi(String raw) {
    String digits = digitsOf(raw);
    if (!digits.matches("[0-9]+")) {
      return new Parsed.Invalid("an IMSI has digits only");
    }
    if (digits.length() != 15) {
      return new Parsed.Invalid("an IMSI has 15 digits, not " + digits.length());
    }
    if (digits.charAt(0) < '2' || digits.charAt(0) > '7') {
      return new Parsed.Invalid("an IMSI starts with a mobile country code from 200 to 799");
    }
    return new Parsed.Valid(new Imsi(digits));
  }
}
