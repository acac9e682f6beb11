package org.mekong.core.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.input.Timestamps;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Tlp;

/**
 * How the CSV cells that are not plain text are written and read: {@code ;}-separated category
 * codes; handling codes {@code H1;H3:text} with {@code \;} and {@code \\} escaping in H3 texts; TLP
 * codes (an optional {@code TLP:} prefix, any case); instants in ISO-8601 or dates (midnight UTC).
 */
final class CellText {

  private CellText() {}

  /** A value read from a cell, or why the cell is wrong. */
  sealed interface Cell<T> {}

  record Ok<T>(T value) implements Cell<T> {}

  record Bad<T>(String reason) implements Cell<T> {}

  static String categories(Set<Category> categories) {
    StringJoiner joined = new StringJoiner(";");
    categories.forEach(category -> joined.add(category.code()));
    return joined.toString();
  }

  static Cell<Set<Category>> categories(String cell) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (String code : cell.split(";", -1)) {
      if (code.isBlank()) {
        continue;
      }
      switch (Category.fromCode(code.strip().toLowerCase(Locale.ROOT))) {
        case CategoryLookup.Found found -> categories.add(found.category());
        case CategoryLookup.Unknown unknown -> {
          return new Bad<>(unknown.message());
        }
      }
    }
    return categories.isEmpty() ? new Bad<>("no category in '" + cell + "'") : new Ok<>(categories);
  }

  static Cell<Tlp> tlp(String cell) {
    String code = cell.strip().toLowerCase(Locale.ROOT);
    if (code.startsWith("tlp:")) {
      code = code.substring(4);
    }
    Optional<Tlp> tlp = Tlp.fromCode(code);
    return tlp.<Cell<Tlp>>map(Ok::new)
        .orElseGet(
            () ->
                new Bad<>(
                    "unknown TLP '"
                        + Drafts.quote(cell)
                        + "'; use clear, green, amber,"
                        + " amber+strict or red"));
  }

  static String handling(Handling handling) {
    StringJoiner joined = new StringJoiner(";");
    for (HandlingCode code : handling.codes()) {
      joined.add(
          code instanceof HandlingCode.H3 h3
              ? "H3:" + h3.restriction().replace("\\", "\\\\").replace(";", "\\;")
              : code.code());
    }
    return joined.toString();
  }

  static Cell<Handling> handling(String cell) {
    List<HandlingCode> codes = new ArrayList<>();
    for (String item : splitEscaped(cell)) {
      String s = item.strip();
      if (s.isEmpty()) {
        continue;
      }
      int colon = s.indexOf(':');
      String code = (colon < 0 ? s : s.substring(0, colon)).strip().toUpperCase(Locale.ROOT);
      @Nullable String text = colon < 0 ? null : s.substring(colon + 1);
      Optional<HandlingCode> parsed = HandlingCode.of(code, text);
      if (parsed.isEmpty()) {
        return new Bad<>(
            "unknown handling '"
                + Drafts.quote(s)
                + "'; use H0, H1, H2 or H3:<restriction>, separated by ';'");
      }
      codes.add(parsed.get());
    }
    return codes.isEmpty()
        ? new Bad<>("no handling code in '" + cell + "'")
        : new Ok<>(new Handling(codes));
  }

  /** Splits at {@code ;} not preceded by a backslash, and unescapes {@code \;} and {@code \\}. */
  private static List<String> splitEscaped(String cell) {
    List<String> items = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        item.append(cell.charAt(++i));
      } else if (c == ';') {
        items.add(item.toString());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    items.add(item.toString());
    return items;
  }

  static Cell<Instant> instant(String cell) {
    String s = cell.strip();
    try {
      Instant instant =
          s.length() == 10
              ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
              : Instant.parse(s);
      String problem = Timestamps.problem(instant);
      return problem == null
          ? new Ok<>(instant)
          : new Bad<>("the time '" + Drafts.quote(s) + "' " + problem);
    } catch (DateTimeParseException e) {
      return new Bad<>(
          "not a time '"
              + Drafts.quote(s)
              + "'; use ISO-8601, e.g. 2026-01-31T00:00:00Z or 2026-01-31");
    }
  }

  static Cell<Integer> confidence(String cell) {
    String s = cell.strip();
    try {
      int value = Integer.parseInt(s);
      if (value >= 0 && value <= 100) {
        return new Ok<>(value);
      }
    } catch (NumberFormatException e) {
      // falls through to the rejection
    }
    return new Bad<>("confidence is a whole number from 0 to 100, not '" + Drafts.quote(s) + "'");
  }
}
