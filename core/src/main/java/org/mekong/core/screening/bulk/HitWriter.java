package org.mekong.core.screening.bulk;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** The two hit formats; see {@link OutputFormat}. */
final class HitWriter {

  static final List<String> COLUMNS =
      List.of(
          "row",
          "role",
          "input",
          "canonical",
          "indicator",
          "categories",
          "confidence",
          "tlp",
          "originator",
          "match",
          "matched");

  private HitWriter() {}

  /** One JSON object a line, keys as {@link #COLUMNS}, categories an array. */
  static final class JsonLines implements HitSink {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    JsonLines(Writer out) {
      this.out = out;
    }

    @Override
    public void write(BulkHit hit) throws IOException {
      BulkMatch m = hit.match();
      line.setLength(0);
      line.append("{\"row\":").append(hit.row());
      field("role", hit.role().code());
      field("input", hit.raw());
      field("canonical", hit.canonical());
      field("indicator", m.indicator().value());
      line.append(",\"categories\":[");
      for (int i = 0; i < m.categories().size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        string(m.categories().get(i));
      }
      line.append("],\"confidence\":").append(m.confidence());
      field("tlp", m.tlp());
      field("originator", m.originator());
      field("match", kind(m));
      field("matched", m.matched());
      line.append("}\n");
      out.write(line.toString());
    }

    private void field(String name, String value) {
      line.append(",\"").append(name).append("\":");
      string(value);
    }

    private void string(String value) {
      line.append('"');
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '"' -> line.append("\\\"");
          case '\\' -> line.append("\\\\");
          case '\n' -> line.append("\\n");
          case '\r' -> line.append("\\r");
          case '\t' -> line.append("\\t");
          default -> {
            if (c < 0x20) {
              line.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              line.append(c);
            }
          }
        }
      }
      line.append('"');
    }

    @Override
    public void finish() throws IOException {
      out.flush();
    }
  }

  /** RFC 4180 CSV with the header {@link #COLUMNS}, categories joined by {@code ;}. */
  static final class Csv implements HitSink {
    private final Writer out;

    Csv(Writer out) throws IOException {
      this.out = out;
      out.write(String.join(",", COLUMNS) + "\n");
    }

    @Override
    public void write(BulkHit hit) throws IOException {
      BulkMatch m = hit.match();
      List<String> cells =
          List.of(
              Long.toString(hit.row()),
              hit.role().code(),
              hit.raw(),
              hit.canonical(),
              m.indicator().value(),
              String.join(";", m.categories()),
              Integer.toString(m.confidence()),
              m.tlp(),
              m.originator(),
              kind(m),
              m.matched());
      StringBuilder line = new StringBuilder(256);
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        line.append(quote(cells.get(i)));
      }
      out.write(line.append('\n').toString());
    }

    private static String quote(String cell) {
      boolean needs =
          cell.indexOf(',') >= 0
              || cell.indexOf('"') >= 0
              || cell.indexOf('\n') >= 0
              || cell.indexOf('\r') >= 0;
      return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }

    @Override
    public void finish() throws IOException {
      out.flush();
    }
  }

  static String kind(BulkMatch match) {
    return match.kind().name().toLowerCase(Locale.ROOT);
  }
}
