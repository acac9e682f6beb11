package org.mekong.server.console;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
}
