package org.mekong.core.screening.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mekong.core.screening.hashed.HashedList;
import org.mekong.core.screening.hashed.HashedListException;

/**
 * Reads watch-list files for offline screening, detected by their content: the CSV indicator export
 * of a node ({@code GET /api/v1/indicators:export?format=csv}), or its privacy-preserving hashed
 * export ({@code GET /api/v1/screen/hashed-list}), told by its leading magic bytes. A CSV export is
 * read as bytes on every core where its shape allows ({@link ExportBytes}), else by Commons CSV,
 * with the same result.
 */
public final class ListFiles {

  private static final int HEAD = 16;

  private ListFiles() {}

  /**
   * Loads {@code file} into a matcher.
   *
   * @throws IOException when the file cannot be read
   */
  public static ListLoad load(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    }
    ListLoad binary = binaryFormat(head, file);
    if (binary != null) {
      return binary;
    }
    ListLoad fast = ExportBytes.load(file);
    if (fast != null) {
      return fast;
    }
    return generic(file);
  }

  /** Reads {@code file} with Commons CSV: any CSV, and the reasons for what is none. */
  static ListLoad generic(Path file) throws IOException {
    try (BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8),
                1 << 16);
        CSVParser parser =
            CSVParser.parse(
                reader,
                CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get())) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        return notAnExport(file, "it is empty");
      }
      List<String> header = header(records.next());
      if (!header.contains("value") || !header.contains("type")) {
        return notAnExport(file, "its first line names no 'type' and 'value' columns");
      }
      return ExportRows.load(header, records);
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      return notAnExport(
          file,
          "it is not readable CSV (a quote that is never closed, or text after a closing quote)");
    }
  }

  /**
   * Binary list formats, told by their magic bytes at the start of {@code head}: a hashed export
   * ({@code MKHL}) is read and checked whole; null for text files.
   */
  private static @org.jspecify.annotations.Nullable ListLoad binaryFormat(byte[] head, Path file)
      throws IOException {
    if (HashedList.isHashedList(head)) {
      try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
        return new ListLoad.Hashed(HashedList.read(in));
      } catch (HashedListException e) {
        return new ListLoad.Rejected(file + " is a damaged hashed list: " + e.getMessage());
      }
    }
    for (byte b : head) {
      if (b == 0) {
        return new ListLoad.Rejected(
            file
                + " is a binary file of no known list format; give the CSV indicator export of a"
                + " node (GET /api/v1/indicators:export?format=csv)");
      }
    }
    return null;
  }

  private static List<String> header(CSVRecord record) {
    return record.stream()
        .map(cell -> cell.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
        .toList();
  }

  private static ListLoad notAnExport(Path file, String why) {
    return new ListLoad.Rejected(
        file
            + " is not a CSV indicator export ("
            + why
            + "); export one from a node with GET /api/v1/indicators:export?format=csv");
  }
}
