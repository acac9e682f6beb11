package org.mekong.core.selector;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.ValidationResult;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * Parses phone numbers with libphonenumber. A leading {@code +} or {@code 00} (after any
 * separators) makes the number international; so does the absence of a region hint. Digits in any
 * Unicode script (e.g. full-width) are read as digits.
 */
final class PhoneParser {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneParser() {}

  static Parsed parse(String raw, @Nullable String region) {
    if (PhoneFastPath.isPlusDigits(raw) && (region == null || isSupported(region))) {
      // international digits, as exports and call records write them: the automata answer as
      // libphonenumber would, at a fraction of its cost (PhoneFastPath)
      PhoneFastPath.Described described = PhoneFastPath.instance().describe(raw);
      if (described != null) {
        return new Parsed.Valid(
            new PhoneNumber(
                PhoneFastPath.format(described.e164Digits()),
                described.region(),
                typeCode(described.type())));
      }
    }
    return parseWithLibphonenumber(raw, region);
  }

  /** {@link #parse} without the fast path: libphonenumber only. */
  static Parsed parseWithLibphonenumber(String raw, @Nullable String region) {
    String normalized = normalize(raw);
    String regionCode =
        region == null || region.isBlank() ? null : region.strip().toUpperCase(Locale.ROOT);
    if (regionCode != null && !UTIL.getSupportedRegions().contains(regionCode)) {
      return new Parsed.Invalid("unknown region hint '" + region + "': use a region code like TH");
    }
    String compact = normalized.replaceAll("[\\s\\-./()\\[\\]]", "");
    if (!compact.matches("\\+?[0-9]+")) {
      return new Parsed.Invalid(
          "not a phone number: only digits, a leading '+' and separators are allowed");
    }
    if (compact.startsWith("00")) {
      return parseWith("+" + compact.substring(2), "ZZ");
    }
    if (!compact.startsWith("+") && regionCode == null) {
      return parseWith("+" + compact, "ZZ");
    }
    return parseWith(compact, compact.startsWith("+") ? "ZZ" : regionCode);
  }

  private static Parsed parseWith(String number, @Nullable String regionCode) {
    String region = regionCode == null ? "ZZ" : regionCode;
    com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(number, region);
    } catch (NumberParseException e) {
      return new Parsed.Invalid(reason(e, region));
    }
    String country = UTIL.getRegionCodeForNumber(parsed);
    if (!UTIL.isValidNumber(parsed) || country == null) {
      ValidationResult possible = UTIL.isPossibleNumberWithReason(parsed);
      String e164 = UTIL.format(parsed, PhoneNumberFormat.E164);
      return new Parsed.Invalid(
          switch (possible) {
            case TOO_SHORT -> e164 + " is too short for its country";
            case TOO_LONG -> e164 + " is too long for its country";
            case INVALID_COUNTRY_CODE -> e164 + " has an unknown country calling code";
            case INVALID_LENGTH -> e164 + " has a length that no number of its country has";
            case IS_POSSIBLE, IS_POSSIBLE_LOCAL_ONLY ->
                e164 + " is not in any number range assigned in its country";
          });
    }
    return new Parsed.Valid(
        new PhoneNumber(
            UTIL.format(parsed, PhoneNumberFormat.E164),
            country,
            typeCode(UTIL.getNumberType(parsed))));
  }

  /** A number type's code: {@code mobile}, {@code fixed-line-or-mobile}, ... */
  private static String typeCode(PhoneNumberUtil.PhoneNumberType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static boolean isSupported(String region) {
    return region.isBlank()
        || UTIL.getSupportedRegions().contains(region.strip().toUpperCase(Locale.ROOT));
  }

  private static String reason(NumberParseException e, String region) {
    return switch (e.getErrorType()) {
      case INVALID_COUNTRY_CODE ->
          "ZZ".equals(region)
              ? "no country: write the number as +<country code><number> or give a region hint"
              : "unknown country calling code";
      case NOT_A_NUMBER -> "not a phone number";
      case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short to be a phone number";
      case TOO_LONG -> "too long to be a phone number";
    };
  }

  /** Maps digits of any script to ASCII and the full-width plus to '+'. */
  static String normalize(String raw) {
    StringBuilder sb = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int digit = Character.digit(c, 10);
      if (digit >= 0) {
        sb.append((char) ('0' + digit));
      } else if (c == '\uFF0B') {
        sb.append('+');
      } else if (c == '\uFF0D'
          || c == '\u2010'
          || c == '\u2011'
          || c == '\u2012'
          || c == '\u2013') {
        sb.append('-');
      } else {
        sb.append(c);
      }
    }
    return sb.toString().strip();
  }
}
