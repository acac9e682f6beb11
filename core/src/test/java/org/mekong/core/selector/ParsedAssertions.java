package org.mekong.core.selector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.jspecify.annotations.Nullable;

/** Small helpers for asserting on {@link Parsed} values. */
final class ParsedAssertions {

  private ParsedAssertions() {}

  static Selector valid(String raw) {
    return valid(raw, null, null);
  }

  static Selector valid(String raw, @Nullable SelectorType type, @Nullable String region) {
    Parsed parsed = Selectors.parse(raw, type, region);
    if (parsed instanceof Parsed.Valid valid) {
      return valid.selector();
    }
    return fail("expected %s (type %s, region %s) to be valid, got %s", raw, type, region, parsed);
  }

  static String invalid(String raw, @Nullable SelectorType type, @Nullable String region) {
    Parsed parsed = Selectors.parse(raw, type, region);
    assertThat(parsed)
        .as("%s (type %s, region %s)", raw, type, region)
        .isInstanceOf(Parsed.Invalid.class);
    return ((Parsed.Invalid) parsed).reason();
  }

  static String invalid(String raw) {
    return invalid(raw, null, null);
  }

  static String canonical(String raw, @Nullable SelectorType type, @Nullable String region) {
    return valid(raw, type, region).canonical();
  }
}
