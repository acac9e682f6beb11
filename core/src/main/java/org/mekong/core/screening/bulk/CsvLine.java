package org.mekong.core.screening.bulk;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits one line into RFC 4180 fields: a field that starts with {@code "} is quoted, {@code ""}
 * inside it is a quote, and the closing quote is followed by a comma or the end of the line.
 */
final class CsvLine {

  private CsvLine() {}

  /** The fields of {@code line}, or null when its quoting cannot be read. */
  static @Nullable List<String> split(String line) {
    List<String> fields = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        StringBuilder field = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            return null; // unterminated quote
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        fields.add(field.toString());
        if (i == n) {
          return fields;
        }
        if (line.charAt(i) != ',') {
          return null; // text after the closing quote
        }
        i++;
      } else {
        int comma = line.indexOf(',', i);
        int end = comma < 0 ? n : comma;
        String field = line.substring(i, end);
        if (field.indexOf('"') >= 0) {
          return null; // a quote inside an unquoted field
        }
        fields.add(field);
        if (comma < 0) {
          return fields;
        }
        i = comma + 1;
      }
    }
  }
}
