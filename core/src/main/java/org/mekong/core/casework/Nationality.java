package org.mekong.core.casework;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.border.mrz.IcaoCodes;
import org.mekong.core.input.InvalidInputException;

/**
 * A nationality or issuing state as an ISO 3166-1 alpha-3 code ({@code THA}, {@code CHN}), or one
 * of ICAO's codes for people without one: {@code XXA} stateless, {@code XXB}/{@code XXC} refugee,
 * {@code XXX} unspecified.
 */
public record Nationality(String code) {

  private static final Set<String> WITHOUT_STATE = Set.of("XXA", "XXB", "XXC", "XXX");
  private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

  public Nationality {
    if (!isKnown(code)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-3 code: " + code);
    }
  }

  /** Whether {@code code} is an ISO 3166-1 alpha-3 code or one of ICAO's XXA, XXB, XXC, XXX. */
  public static boolean isKnown(String code) {
    return code.length() == 3
        && IcaoCodes.isKnown(code)
        && (ALPHA2.containsKey(code) || WITHOUT_STATE.contains(code));
  }

  /**
   * The nationality spelled {@code code}.
   *
   * @throws InvalidInputException naming {@code field} when it is no known code
   */
  public static Nationality parse(String field, String code) {
    if (!isKnown(code)) {
      throw new InvalidInputException(
          field,
          "must be an ISO 3166-1 alpha-3 country code such as THA, CHN or MMR (or XXA stateless),"
              + " was '"
              + Codes.clip(code)
              + "'");
    }
    return new Nationality(code);
  }

  /** The alpha-2 country of this nationality, as agencies name their country; empty for XXA…XXX. */
  public Optional<CountryCode> country() {
    return Optional.ofNullable(ALPHA2.get(code)).map(CountryCode::new);
  }

  private static Map<String, String> alpha2ByAlpha3() {
    Map<String, String> map = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      map.put(Locale.of("", alpha2).getISO3Country(), alpha2);
    }
    return Map.copyOf(map);
  }

  @Override
  public String toString() {
    return code;
  }
}
