package org.mekong.core.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads an uploaded indicator list as a lazy stream of {@link ImportResult}s: one per accepted or
 * rejected line, in input order, in constant memory (a MISP event is read whole, one at a time).
 * Bad input never throws: each bad line is a {@link ImportResult.Rejected} with its line number and
 * reason, and the good lines are kept. Close the stream to close the input. Only a failure to read
 * the input throws ({@link java.io.UncheckedIOException}).
 */
public final class IndicatorImport {

  /** The longest line (or CSV record) read, in characters; a longer one is rejected. */
  public static final int MAX_LINE = RecordReader.MAX_RECORD;

  private IndicatorImport() {}

  /**
   * Reads {@code in} (UTF-8, a byte order mark skipped) in {@code format} with these defaults. For
   * {@link ImportFormat#MISP} the input is one event JSON.
   *
   * @throws IllegalArgumentException for {@link ImportFormat#STIX}, read by the STIX mapping
   */
  public static Stream<ImportResult> read(
      ImportFormat format, InputStream in, ImportDefaults defaults) {
    return switch (format) {
      case MISP -> MispImport.event(in, defaults).stream();
      case CSV, LIST, HOSTS, STIX ->
          read(
              format,
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
              defaults);
    };
  }

  /**
   * Reads {@code in} in {@code format} with these defaults; for {@link ImportFormat#MISP} the input
   * is one event JSON.
   *
   * @throws IllegalArgumentException for {@link ImportFormat#STIX}, read by the STIX mapping
   */
  public static Stream<ImportResult> read(ImportFormat format, Reader in, ImportDefaults defaults) {
    return switch (format) {
      case CSV -> new CsvImport(in, defaults).stream();
      case LIST -> new ListImport(in, defaults).stream();
      case HOSTS -> new HostsImport(in, defaults).stream();
      case MISP -> MispImport.event(in, defaults).stream();
      case STIX ->
          throw new IllegalArgumentException(
              "STIX bundles are read by the STIX mapping, not as an indicator list");
    };
  }

  /** Reads one MISP event JSON ({@code {"Event": {...}}}); attributes are numbered from 1. */
  public static Stream<ImportResult> mispEvent(InputStream event, ImportDefaults defaults) {
    return MispImport.event(event, defaults).stream();
  }

  /**
   * Reads a MISP feed directory: the events its {@code manifest.json} lists (every {@code
   * <uuid>.json} without one), one at a time, in uuid order.
   */
  public static Stream<ImportResult> mispFeed(Path directory, ImportDefaults defaults)
      throws IOException {
    return MispImport.feed(directory, defaults).stream();
  }
}
