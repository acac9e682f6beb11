package org.mekong.core.requests;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.SelectorType;

/** The checks the records of this package share; their messages name the field. */
final class Checks {

  /** The most items of one list in a request or an answer. */
  static final int MAX_ITEMS = 1_000;

  /** The longest free text accepted. */
  static final int MAX_TEXT = 10_000;

  private Checks() {}

  /** {@code text}, stripped: free text of 1 to {@code max} characters. */
  static String text(String field, @Nullable String text, int max) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    return optional(field, text, max);
  }

  /** {@code text}, stripped, or empty when absent; at most {@code max} characters. */
  static String optional(String field, @Nullable String text, int max) {
    if (text == null) {
      return "";
    }
    FreeText.require(field, text);
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw new InvalidInputException(field, "is longer than " + max + " characters");
    }
    return stripped;
  }

  /** A copy of {@code items}, at most {@link #MAX_ITEMS}, none repeated; non-empty if required. */
  static <T> List<T> list(String field, List<T> items, boolean required) {
    List<T> copy = List.copyOf(items);
    if (required && copy.isEmpty()) {
      throw new InvalidInputException(field, "must list at least one item");
    }
    if (copy.size() > MAX_ITEMS) {
      throw new InvalidInputException(field, "lists more than " + MAX_ITEMS + " items");
    }
    if (copy.stream().distinct().count() != copy.size()) {
      throw new InvalidInputException(field, "lists an item twice");
    }
    return copy;
  }

  /** {@link #list} of selectors, each of one of {@code types}. */
  static List<Selector> selectors(
      String field, List<Selector> selectors, Set<SelectorType> types, boolean required) {
    List<Selector> copy = list(field, selectors, required);
    for (int i = 0; i < copy.size(); i++) {
      SelectorType type = copy.get(i).type();
      if (!types.contains(type)) {
        throw new InvalidInputException(
            field + "[" + i + "]", "is a " + type.code() + "; this request takes " + codes(types));
      }
    }
    return copy;
  }

  private static String codes(Set<SelectorType> types) {
    return String.join(", ", types.stream().sorted().map(SelectorType::code).toList());
  }
}
