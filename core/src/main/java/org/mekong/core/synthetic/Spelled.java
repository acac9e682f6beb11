package org.mekong.core.synthetic;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/**
 * A generated selector as an agency would write it ({@code raw}, with the region hint a national
 * phone number needs) and the valid selector that {@code raw} parses to.
 */
public record Spelled(String raw, @Nullable String region, Selector selector) {

  public Spelled {
    requireNonNull(selector, "selector");
    if (raw.isBlank()) {
      throw new IllegalArgumentException("a spelling is not blank");
    }
  }

  /** Parses what a generator made; a generated value that does not parse is a bug. */
  static Spelled parse(String raw, @Nullable SelectorType type, @Nullable String region) {
    return switch (Selectors.parse(raw, type, region)) {
      case Parsed.Valid valid -> new Spelled(raw, region, valid.selector());
      case Parsed.Invalid invalid ->
          throw new IllegalStateException(
              "generated an invalid "
                  + (type == null ? "selector" : type.code())
                  + " "
                  + raw
                  + ": "
                  + invalid.reason());
      case Parsed.Ambiguous ambiguous ->
          throw new IllegalStateException("generated an ambiguous selector: " + raw);
    };
  }
}
