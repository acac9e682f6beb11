package org.mekong.core.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Opens streaming writers for exported indicators. The caller chooses what to export (the
 * indicators a viewer may see, active ones) and in what order; the writers write what they are
 * given. Close a writer to finish its document.
 */
public final class IndicatorExport {

  private IndicatorExport() {}

  /** The {@code csv} format, whose output {@link IndicatorImport} reads back to the same drafts. */
  public static IndicatorWriter csv(Writer out) throws IOException {
    return new CsvExport(out);
  }

  /** The canonical keys, one per line. */
  public static IndicatorWriter list(Writer out) {
    return new ListExport(out);
  }

  /**
   * A MISP feed in {@code directory} (created if needed): one {@code <uuid>.json} event per
   * originating agency and, on close, {@code manifest.json}.
   */
  public static IndicatorWriter mispFeed(Path directory) throws IOException {
    return new MispExport(directory);
  }
}
