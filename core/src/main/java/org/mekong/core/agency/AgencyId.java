package org.mekong.core.agency;

import java.util.regex.Pattern;

/**
 * An agency's stable identifier, e.g. {@code th-ccib}: lower-case letters, digits and hyphens, 2 to
 * 64 characters, starting with a letter.
 */
public record AgencyId(String value) {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{1,63}");

  public AgencyId {
    if (!SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an agency id is 2-64 lower-case letters, digits or hyphens starting with a letter: "
              + value);
    }
  }

  /** Whether {@code candidate} has the shape of an agency id. */
  public static boolean isValid(String candidate) {
    return SHAPE.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
