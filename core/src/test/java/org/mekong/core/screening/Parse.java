package org.mekong.core.screening;

import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;
import org.mekong.core.selector.Selectors;

/** Parses test selectors, failing loudly on a bad fixture. */
final class Parse {

  private Parse() {}

  static Selector as(SelectorType type, String raw) {
    Parsed parsed = Selectors.parse(raw, type, null);
    if (parsed instanceof Parsed.Valid valid) {
      return valid.selector();
    }
    throw new IllegalArgumentException("bad fixture " + type + " '" + raw + "': " + parsed);
  }

  /** The selector, or null when {@code raw} is not a valid one of {@code type}. */
  static @org.jspecify.annotations.Nullable Selector tryAs(SelectorType type, String raw) {
    return Selectors.parse(raw, type, null) instanceof Parsed.Valid valid ? valid.selector() : null;
  }
}
