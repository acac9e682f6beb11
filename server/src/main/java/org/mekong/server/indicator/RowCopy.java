package org.mekong.server.indicator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * Rows for one {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, written on the
 * connection of the current transaction. Fields are added in column order and each row ended with
 * {@link #endRow}; text, arrays and JSON are escaped here, so any value can be written.
 */
final class RowCopy {

  private static final SQLStateSQLExceptionTranslator TRANSLATOR =
      new SQLStateSQLExceptionTranslator();

  private final StringBuilder text = new StringBuilder(1 << 16);
  private boolean rowStarted;
  private @Nullable Instant lastInstant;
  private String lastInstantText = "";
  private int rows;
  private byte @Nullable [] encoded;

  /** A text (or JSON, or number) field; {@code null} is SQL NULL. */
  RowCopy field(@Nullable String value) {
    separate();
    if (value == null) {
      text.append("\\N");
    } else {
      escape(value);
    }
    return this;
  }

  /** A number field. */
  RowCopy field(long value) {
    separate();
    text.append(value);
    return this;
  }

  /** A boolean field. */
  RowCopy field(boolean value) {
    separate();
    text.append(value ? 't' : 'f');
    return this;
  }

  /** A timestamptz field; {@code null} is SQL NULL. */
  RowCopy field(@Nullable Instant value) {
    separate();
    if (value == null) {
      text.append("\\N");
    } else {
      if (!value.equals(lastInstant)) {
        lastInstant = value;
        lastInstantText = value.toString();
      }
      text.append(lastInstantText);
    }
    return this;
  }

  /** A text[] field, every element quoted. */
  RowCopy array(List<String> values) {
    separate();
    StringBuilder literal = new StringBuilder(16 * values.size() + 2).append('{');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        literal.append(',');
      }
      literal.append('"');
      String value = values.get(i);
      for (int c = 0; c < value.length(); c++) {
        char ch = value.charAt(c);
        if (ch == '"' || ch == '\\') {
          literal.append('\\');
        }
        literal.append(ch);
      }
      literal.append('"');
    }
    escape(literal.append('}').toString());
    return this;
  }

  /** Ends the current row. */
  void endRow() {
    if (!rowStarted) {
      throw new IllegalStateException("a row has at least one field");
    }
    text.append('\n');
    rowStarted = false;
    rows++;
  }

  /** How many rows were ended. */
  int rows() {
    return rows;
  }

  /**
   * Copies the rows into {@code table}'s {@code columns} on the connection of the current
   * transaction; returns the rows copied. The same rows may be copied into several tables.
   */
  long into(DataSource data, String table, String columns) {
    if (rowStarted) {
      throw new IllegalStateException("the last row was not ended");
    }
    Connection connection = DataSourceUtils.getConnection(data);
    try {
      return connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY " + table + " (" + columns + ") FROM STDIN",
              new ByteArrayInputStream(encoded()));
    } catch (SQLException e) {
      DataAccessException translated = TRANSLATOR.translate("COPY", "COPY " + table, e);
      throw translated != null
          ? translated
          : new IllegalStateException("copying " + rows + " rows into " + table + " failed", e);
    } catch (IOException e) {
      throw new IllegalStateException("copying " + rows + " rows into " + table + " failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, data);
    }
  }

  /** The rows as UTF-8, made once however many tables they are copied into. */
  private byte[] encoded() {
    byte[] bytes = encoded;
    if (bytes == null) {
      bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      encoded = bytes;
    }
    return bytes;
  }

  private static boolean needsEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
        return true;
      }
    }
    return false;
  }

  private void separate() {
    encoded = null;
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
  }

  private void escape(String value) {
    if (!needsEscape(value)) {
      text.append(value);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> text.append("\\\\");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        default -> text.append(ch);
      }
    }
  }
}
