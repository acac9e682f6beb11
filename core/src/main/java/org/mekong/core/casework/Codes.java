package org.mekong.core.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mekong.core.input.InvalidInputException;

/**
 * How the closed sets of casework are spelled in the API and in files: the constant's name in lower
 * case with hyphens, e.g. {@code FORCED_CRIMINAL_ACTIVITY} is {@code forced-criminal-activity}.
 */
public final class Codes {

  private Codes() {}

  /** The code of a constant. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The constant spelled {@code code}.
   *
   * @throws InvalidInputException naming {@code field} and the codes allowed when there is none
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String code) {
    for (E constant : type.getEnumConstants()) {
      if (of(constant).equals(code)) {
        return constant;
      }
    }
    throw new InvalidInputException(
        field, "must be one of " + list(type) + ", was '" + clip(code) + "'");
  }

  /** Every code of {@code type}, comma-separated, for messages and docs. */
  public static String list(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
  }

  static String clip(String text) {
    return text.length() <= 60 ? text : text.substring(0, 59) + "…";
  }
}
