package org.mekong.server.console;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates and numbers in the form of the page's language, for templates as {@code @fmt}. */
@Component("fmt")
public class ConsoleFormat {

  /** An instant as a medium date and time in UTC, or an empty string. */
  public String instant(@Nullable Instant at) {
    if (at == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(LocaleContextHolder.getLocale())
            .withZone(ZoneOffset.UTC)
            .format(at)
        + " UTC";
  }

  /** An instant written as ISO-8601, shown as {@link #instant}; text that is no instant as is. */
  public String at(@Nullable String iso) {
    if (iso == null) {
      return "";
    }
    try {
      return instant(Instant.parse(iso));
    } catch (java.time.format.DateTimeParseException e) {
      return iso;
    }
  }

  /** A whole number with the language's grouping. */
  public String number(long value) {
    return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
  }

  /** One field of a record as shown: its name (the last part of its JSON path) and its text. */
  public record Field(String name, String value) {}

  /**
   * A record's fields (its JSON, as the API shows it) flattened for a definition list: nested
   * objects become their own fields, lists of text are joined with commas; absent fields are
   * absent.
   */
  public List<Field> fields(@Nullable Map<String, Object> record) {
    List<Field> fields = new ArrayList<>();
    if (record != null) {
      record.forEach((name, value) -> add(fields, name, value));
    }
    return fields;
  }

  private static void add(List<Field> fields, String name, @Nullable Object value) {
    switch (value) {
      case null -> {}
      case Map<?, ?> map -> map.forEach((k, v) -> add(fields, String.valueOf(k), v));
      case List<?> list -> {
        if (list.stream().allMatch(v -> v instanceof Map<?, ?>)) {
          list.forEach(v -> add(fields, name, v));
        } else if (!list.isEmpty()) {
          fields.add(
              new Field(name, String.join(", ", list.stream().map(String::valueOf).toList())));
        }
      }
      default -> fields.add(new Field(name, String.valueOf(value)));
    }
  }
}
