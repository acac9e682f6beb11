package org.mekong.core.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats an indicator list can be uploaded in, each with its stable lowercase code. */
public enum ImportFormat {
  /** A CSV file with a header row naming its columns. */
  CSV("csv"),
  /** One selector per line; everything else comes from the file defaults. */
  LIST("list"),
  /** A hosts file ({@code 0.0.0.0 example.com}); each host name becomes a domain selector. */
  HOSTS("hosts"),
  /** A MISP feed: a {@code manifest.json} and one JSON file per event. */
  MISP("misp"),
  /** A STIX 2.1 bundle; read by the STIX mapping, not by {@link IndicatorImport}. */
  STIX("stix");

  private final String code;

  ImportFormat(String code) {
    this.code = code;
  }

  /** The stable code used by the API and the CLI, e.g. {@code hosts}. */
  public String code() {
    return code;
  }

  /** The format with this code (case-insensitive, surrounding whitespace ignored), if any. */
  public static Optional<ImportFormat> fromCode(String code) {
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(format -> format.code.equals(wanted)).findFirst();
  }
}
