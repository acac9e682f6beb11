package org.mekong.core.border.mrz;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The three-letter codes of states and organisations that ICAO Doc 9303 Part 3 allows as issuing
 * state or nationality: ISO 3166-1 alpha-3 (as the JDK knows it) plus ICAO's own codes below.
 */
public final class IcaoCodes {

  /**
   * The codes Doc 9303 Part 3 adds to ISO 3166-1 alpha-3, with what they stand for. {@code D} is
   * Germany (written {@code D<<} in a zone); {@code UTO} is Utopia, the state of ICAO's specimens.
   */
  public static final Map<String, String> ICAO_SPECIALS =
      Map.ofEntries(
          Map.entry("D", "Germany"),
          Map.entry("EUE", "European Union"),
          Map.entry("GBD", "British Overseas Territories Citizen"),
          Map.entry("GBN", "British National (Overseas)"),
          Map.entry("GBO", "British Overseas Citizen"),
          Map.entry("GBP", "British Protected Person"),
          Map.entry("GBS", "British Subject"),
          Map.entry("UNA", "Specialized agency of the United Nations or one of its officials"),
          Map.entry("UNK", "Resident of Kosovo, travel document issued by UNMIK"),
          Map.entry("UNO", "United Nations Organization or one of its officials"),
          Map.entry("UTO", "Utopia (ICAO specimen documents)"),
          Map.entry("XBA", "African Development Bank"),
          Map.entry("XCC", "Caribbean Community"),
          Map.entry("XCE", "Council of Europe"),
          Map.entry("XCO", "Common Market for Eastern and Southern Africa"),
          Map.entry("XDC", "Southern African Development Community"),
          Map.entry("XEC", "Economic Community of West African States"),
          Map.entry("XES", "Organisation of Eastern Caribbean States"),
          Map.entry("XIM", "African Export-Import Bank"),
          Map.entry("XMP", "Parliamentary Assembly of the Mediterranean"),
          Map.entry("XOM", "Sovereign Military Order of Malta"),
          Map.entry("XPO", "International Criminal Police Organization (INTERPOL)"),
          Map.entry("XXA", "Stateless person"),
          Map.entry("XXB", "Refugee (1951 Convention)"),
          Map.entry("XXC", "Refugee (other)"),
          Map.entry("XXX", "Unspecified nationality"));

  /** Index: three characters from A–Z and {@code <}, base 27; the value is the code itself. */
  private static final String[] CODES = new String[27 * 27 * 27];

  static {
    for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
      CODES[key(code.charAt(0), code.charAt(1), code.charAt(2))] = code;
    }
    for (String code : ICAO_SPECIALS.keySet()) {
      String padded = code + "<<";
      CODES[key(padded.charAt(0), padded.charAt(1), padded.charAt(2))] = code;
    }
  }

  private IcaoCodes() {}

  /** Whether {@code code} (without trailing fillers, e.g. {@code THA}, {@code D}) is allowed. */
  public static boolean isKnown(String code) {
    String padded = code + "<<<";
    return code.length() >= 1
        && code.length() <= 3
        && code.indexOf('<') < 0
        && lookup(padded.charAt(0), padded.charAt(1), padded.charAt(2)) != null;
  }

  /**
   * The code written {@code a b c} in a zone (fillers included) without its fillers, or null when
   * it is not allowed. Allocates nothing.
   */
  static @Nullable String lookup(char a, char b, char c) {
    int key = key(a, b, c);
    return key < 0 ? null : CODES[key];
  }

  private static int key(char a, char b, char c) {
    int x = digit(a);
    int y = digit(b);
    int z = digit(c);
    return x < 0 || y < 0 || z < 0 ? -1 : (x * 27 + y) * 27 + z;
  }

  private static int digit(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    return c == '<' ? 26 : -1;
  }
}
