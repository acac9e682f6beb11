package org.mekong.core.marking;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.FreeText;

/**
 * A Europol-style handling code: H0 no restriction, H1 no judicial use, H2 no onward sharing (each
 * without the originator's permission), H3 another restriction stated in words.
 */
public sealed interface HandlingCode
    permits HandlingCode.H0, HandlingCode.H1, HandlingCode.H2, HandlingCode.H3 {

  /** The longest restriction text an H3 code carries. */
  int MAX_RESTRICTION_LENGTH = 1000;

  /** H0: no restriction. */
  HandlingCode NO_RESTRICTION = new H0();

  /** H1: not to be used in court or judicial proceedings without the originator's permission. */
  HandlingCode NO_JUDICIAL_USE = new H1();

  /** H2: not to be shared onward without the originator's permission. */
  HandlingCode NO_ONWARD_SHARING = new H2();

  /** The stable code, {@code H0} to {@code H3}. */
  String code();

  /** H0: no restriction. */
  record H0() implements HandlingCode {
    @Override
    public String code() {
      return "H0";
    }
  }

  /** H1: not to be used in court or judicial proceedings without the originator's permission. */
  record H1() implements HandlingCode {
    @Override
    public String code() {
      return "H1";
    }
  }

  /** H2: not to be shared onward without the originator's permission. */
  record H2() implements HandlingCode {
    @Override
    public String code() {
      return "H2";
    }
  }

  /** H3: another restriction, stated in words (trimmed, 1 to 1000 characters). */
  record H3(String restriction) implements HandlingCode {
    public H3 {
      restriction = restriction.strip();
      if (restriction.isEmpty() || restriction.length() > MAX_RESTRICTION_LENGTH) {
        throw new IllegalArgumentException(
            "an H3 handling code states its restriction in 1-"
                + MAX_RESTRICTION_LENGTH
                + " characters");
      }
      FreeText.require("an H3 restriction", restriction);
    }

    @Override
    public String code() {
      return "H3";
    }
  }

  /**
   * The handling code with this code ({@code H0}..{@code H3}); H3 needs a non-blank restriction of
   * at most 1000 characters and the others take none. Empty when the input does not fit.
   */
  static Optional<HandlingCode> of(String code, @Nullable String restriction) {
    if (restriction == null || restriction.isBlank()) {
      return switch (code) {
        case "H0" -> Optional.of(NO_RESTRICTION);
        case "H1" -> Optional.of(NO_JUDICIAL_USE);
        case "H2" -> Optional.of(NO_ONWARD_SHARING);
        default -> Optional.empty();
      };
    }
    return code.equals("H3")
            && restriction.strip().length() <= MAX_RESTRICTION_LENGTH
            && FreeText.isClean(restriction)
        ? Optional.of(new H3(restriction))
        : Optional.empty();
  }
}
