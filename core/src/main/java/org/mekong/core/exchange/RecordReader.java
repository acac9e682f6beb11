package org.mekong.core.exchange;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a text stream record by record in constant memory: a record is a physical line or, for CSV,
 * a line whose quoted fields may span several lines. Counts lines from 1, strips a byte order mark
 * and a carriage return before the line feed, and cuts records longer than {@link #MAX_RECORD}
 * characters (the rest is skipped up to the record's end and the record is flagged).
 */
final class RecordReader implements Closeable {

  /** The longest record kept, in characters (64 KiB). */
  static final int MAX_RECORD = 65_536;

  /** One record: its first line number, its text (empty when over-long) and whether it was cut. */
  record Raw(long line, String text, boolean overLong) {}

  private enum Quote {
    FIELD_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED,
    COMMENT
  }

  private final BufferedReader in;
  private final boolean csv;
  private long line = 1;
  private boolean started;

  RecordReader(Reader in, boolean csv) {
    this.in = in instanceof BufferedReader buffered ? buffered : new BufferedReader(in, 1 << 16);
    this.csv = csv;
  }

  /** The next record, or null at the end of the stream. */
  @Nullable Raw next() throws IOException {
    StringBuilder text = new StringBuilder();
    long first = line;
    boolean overLong = false;
    boolean any = false;
    Quote state = Quote.FIELD_START;
    while (true) {
      int c = in.read();
      if (!started) {
        started = true;
        if (c == '\uFEFF') {
          continue;
        }
      }
      if (c < 0) {
        return any ? finish(first, text, overLong) : null;
      }
      any = true;
      if (csv) {
        state = step(state, (char) c, text.isEmpty() && !overLong);
      }
      if (c == '\n') {
        line++;
        if (state != Quote.QUOTED) {
          return finish(first, text, overLong);
        }
      }
      if (!overLong) {
        text.append((char) c);
        if (text.length() > MAX_RECORD) {
          overLong = true;
          text = new StringBuilder();
        }
      }
    }
  }

  private static Raw finish(long first, StringBuilder text, boolean overLong) {
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\r') {
      end--;
    }
    return new Raw(first, overLong ? "" : text.substring(0, end), overLong);
  }

  /** Follows RFC 4180 quoting as commons-csv does, so that a quoted line feed stays in a record. */
  private static Quote step(Quote state, char c, boolean atStart) {
    if (atStart && c == '#') {
      return Quote.COMMENT;
    }
    return switch (state) {
      case COMMENT -> Quote.COMMENT;
      case FIELD_START -> c == '"' ? Quote.QUOTED : c == ',' ? Quote.FIELD_START : Quote.UNQUOTED;
      case UNQUOTED -> c == ',' ? Quote.FIELD_START : Quote.UNQUOTED;
      case QUOTED -> c == '"' ? Quote.QUOTE_IN_QUOTED : Quote.QUOTED;
      case QUOTE_IN_QUOTED ->
          c == '"' ? Quote.QUOTED : c == ',' ? Quote.FIELD_START : Quote.UNQUOTED;
    };
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
