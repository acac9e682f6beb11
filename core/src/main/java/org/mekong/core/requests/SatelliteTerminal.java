package org.mekong.core.requests;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A satellite internet terminal by its operator and its kit or serial number, written {@code
 * operator:IDENTIFIER}, e.g. {@code starlink:KIT304125478}; the identifier is upper-cased.
 */
public record SatelliteTerminal(String operator, String identifier) implements Target {

  private static final Pattern OPERATOR = Pattern.compile("[a-z][a-z0-9-]{1,31}");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9][A-Z0-9-]{3,63}");

  public SatelliteTerminal {
    if (!OPERATOR.matcher(operator).matches() || !IDENTIFIER.matcher(identifier).matches()) {
      throw new IllegalArgumentException(
          "not a satellite terminal: " + operator + ":" + identifier);
    }
  }

  /** The terminal written as {@code operator:identifier}, or empty when it is not one. */
  public static Optional<SatelliteTerminal> parse(String text) {
    String s = text.strip();
    int colon = s.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String operator = s.substring(0, colon).toLowerCase(Locale.ROOT);
    String identifier = s.substring(colon + 1).toUpperCase(Locale.ROOT);
    if (!OPERATOR.matcher(operator).matches() || !IDENTIFIER.matcher(identifier).matches()) {
      return Optional.empty();
    }
    return Optional.of(new SatelliteTerminal(operator, identifier));
  }

  /** What {@link #parse} accepts, for messages. */
  public static final String SHAPE_DESCRIPTION =
      "is not a satellite terminal operator:IDENTIFIER (e.g. starlink:KIT304125478)";

  @Override
  public String type() {
    return "satellite-terminal";
  }

  @Override
  public String canonical() {
    return operator + ":" + identifier;
  }
}
