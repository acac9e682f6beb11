package org.mekong.core.screening.bulk;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How hits are written: JSON lines (one object a hit) or CSV with a header. */
public enum OutputFormat {
  JSONL("jsonl"),
  CSV("csv");

  private final String code;

  OutputFormat(String code) {
    this.code = code;
  }

  /** The stable code used by the CLI. */
  public String code() {
    return code;
  }

  /** A sink writing hits in this format to {@code out}. */
  public HitSink sink(Writer out) throws IOException {
    return switch (this) {
      case JSONL -> new HitWriter.JsonLines(out);
      case CSV -> new HitWriter.Csv(out);
    };
  }

  /** The format with this code (case-insensitive), if any. */
  public static Optional<OutputFormat> fromCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.code.equals(wanted)).findFirst();
  }
}
