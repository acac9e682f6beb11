package org.mekong.core.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats indicators can be exported in, each with its stable lowercase code. */
public enum ExportFormat {
  /** CSV with the same columns as the import, so an export re-imports to the same drafts. */
  CSV("csv"),
  /** The canonical keys, one per line (for {@code grep -F}). */
  LIST("list"),
  /** A MISP feed directory: {@code manifest.json} and one event per originating agency. */
  MISP("misp");

  private final String code;

  ExportFormat(String code) {
    this.code = code;
  }

  /** The stable code used by the API and the CLI, e.g. {@code csv}. */
  public String code() {
    return code;
  }

  /** The format with this code (case-insensitive, surrounding whitespace ignored), if any. */
  public static Optional<ExportFormat> fromCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(format -> format.code.equals(wanted)).findFirst();
  }
}
