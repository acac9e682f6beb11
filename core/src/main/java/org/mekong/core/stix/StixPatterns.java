package org.mekong.core.stix;

import java.util.Map;
import java.util.stream.Collectors;
import org.mekong.core.selector.Selector;

/**
 * STIX patterns of selectors: one observation comparing the observable's key properties with {@code
 * =}, e.g. {@code [phone-number:value = '+66812345678']} or {@code [user-account:account_login =
 * 'name' AND user-account:account_type = 'telegram']}.
 */
public final class StixPatterns {

  private StixPatterns() {}

  /** The pattern that matches {@code selector}. */
  public static String of(Selector selector) {
    Observed observed = Observed.of(selector);
    return "["
        + observed.comparisons().stream()
            .map(comparison -> comparison(observed.stixType(), comparison))
            .collect(Collectors.joining(" AND "))
        + "]";
  }

  /**
   * A STIX pattern string literal: quoted with {@code '}, with {@code \} and {@code '} escaped by a
   * backslash as the pattern grammar requires.
   */
  public static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  private static String comparison(String type, Map.Entry<String, String> comparison) {
    return type + ":" + comparison.getKey() + " = " + quote(comparison.getValue());
  }
}
