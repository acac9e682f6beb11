package org.mekong.core.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.mekong.core.exchange.CellText.Bad;
import org.mekong.core.exchange.CellText.Cell;
import org.mekong.core.exchange.CellText.Ok;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.selector.SelectorType;

/**
 * The {@code csv} format: a header row naming some of the {@link CsvColumn columns} ({@code value}
 * required, any order, unknown columns a whole-file error), then one record per indicator. Lines
 * starting with {@code #} and blank lines are skipped; an empty cell falls back to the file
 * defaults; a record with more fields than the header is rejected, one with fewer has empty cells.
 */
final class CsvImport extends ResultIterator {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().get();

  private final RecordReader reader;
  private final ImportDefaults defaults;
  private @Nullable List<CsvColumn> header;

  CsvImport(Reader in, ImportDefaults defaults) {
    this.reader = new RecordReader(in, true);
    this.defaults = defaults;
  }

  @Override
  boolean readMore(ArrayDeque<ImportResult> into) throws IOException {
    RecordReader.Raw raw = reader.next();
    if (raw == null) {
      return false;
    }
    long line = raw.line();
    if (raw.overLong()) {
      into.add(
          new ImportResult.Rejected(
              line, "record longer than " + RecordReader.MAX_RECORD + " characters"));
      if (header == null) {
        stop();
      }
      return true;
    }
    if (raw.text().isBlank() || raw.text().startsWith("#")) {
      return true;
    }
    List<String> cells;
    try {
      cells = cells(raw.text());
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      into.add(new ImportResult.Rejected(line, "malformed CSV: " + malformed(e)));
      if (header == null) {
        stop();
      }
      return true;
    }
    List<CsvColumn> columns = header;
    if (columns == null) {
      Optional<String> problem = readHeader(cells);
      if (problem.isPresent()) {
        into.add(new ImportResult.Rejected(line, problem.get()));
        stop();
      }
      return true;
    }
    if (cells.size() > columns.size()) {
      into.add(
          new ImportResult.Rejected(
              line, cells.size() + " fields where the header has " + columns.size()));
      return true;
    }
    Map<CsvColumn, String> row = new EnumMap<>(CsvColumn.class);
    for (int i = 0; i < cells.size(); i++) {
      row.put(columns.get(i), cells.get(i));
    }
    into.add(record(line, row));
    return true;
  }

  private static List<String> cells(String text) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new IllegalStateException(records.size() + " records in one");
      }
      return records.get(0).toList();
    }
  }

  private Optional<String> readHeader(List<String> cells) {
    List<CsvColumn> columns = new ArrayList<>();
    for (String cell : cells) {
      String name = cell.strip().toLowerCase(Locale.ROOT);
      Optional<CsvColumn> column = CsvColumn.fromHeader(name);
      if (column.isEmpty()) {
        return Optional.of(
            "unknown column '"
                + Drafts.quote(cell)
                + "'; columns: "
                + String.join(",", CsvColumn.headers()));
      }
      if (columns.contains(column.get())) {
        return Optional.of("column '" + name + "' twice");
      }
      columns.add(column.get());
    }
    if (!columns.contains(CsvColumn.VALUE)) {
      return Optional.of(
          "no 'value' column; the header names columns of "
              + String.join(",", CsvColumn.headers()));
    }
    header = List.copyOf(columns);
    return Optional.empty();
  }

  private ImportResult record(long line, Map<CsvColumn, String> row) {
    String value = row.getOrDefault(CsvColumn.VALUE, "");
    SelectorType type = null;
    String typeCell = present(row, CsvColumn.TYPE);
    if (typeCell != null) {
      Optional<SelectorType> parsed = SelectorType.fromCode(typeCell);
      if (parsed.isEmpty()) {
        return new ImportResult.Rejected(
            line, "unknown selector type '" + Drafts.quote(typeCell) + "'");
      }
      type = parsed.get();
    }
    String region = present(row, CsvColumn.REGION);
    if (region != null && !region.strip().matches("[A-Za-z]{2}")) {
      return new ImportResult.Rejected(
          line, "a region is an ISO 3166 alpha-2 code, not '" + Drafts.quote(region) + "'");
    }
    List<String> problems = new ArrayList<>();
    LineFields fields =
        new LineFields(
            type,
            value,
            region == null ? null : region.strip().toUpperCase(Locale.ROOT),
            cell(row, CsvColumn.CATEGORIES, CellText::categories, problems),
            cell(row, CsvColumn.CONFIDENCE, CellText::confidence, problems),
            cell(row, CsvColumn.TLP, CellText::tlp, problems),
            cell(row, CsvColumn.HANDLING, CellText::handling, problems),
            cell(row, CsvColumn.EVALUATION, CsvImport::evaluation, problems),
            cell(row, CsvColumn.VALID_FROM, CellText::instant, problems),
            cell(row, CsvColumn.VALID_UNTIL, CellText::instant, problems),
            description(row.get(CsvColumn.DESCRIPTION)),
            List.of());
    if (!problems.isEmpty()) {
      return new ImportResult.Rejected(line, String.join("; ", problems));
    }
    return Drafts.build(line, fields, defaults);
  }

  /** What a CSV parser's failure means, without its class names. */
  private static String malformed(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    String message = String.valueOf(cause.getMessage());
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "a quoted cell is not closed";
    }
    if (message.contains("Invalid character between encapsulated token and delimiter")) {
      return "a quoted cell is followed by something other than a comma";
    }
    return "the record cannot be read as CSV";
  }

  private static @Nullable String present(Map<CsvColumn, String> row, CsvColumn column) {
    String cell = row.get(column);
    return cell == null || cell.isBlank() ? null : cell;
  }

  private static @Nullable String description(@Nullable String cell) {
    return cell == null || cell.isBlank() ? null : cell;
  }

  private static Cell<Evaluation> evaluation(String cell) {
    String code = cell.strip().toUpperCase(Locale.ROOT);
    return Evaluation.fromCode(code)
        .<Cell<Evaluation>>map(Ok::new)
        .orElseGet(
            () ->
                new Bad<>(
                    "unknown evaluation '"
                        + Drafts.quote(cell)
                        + "'; use A, B, C or X then 1 to 4, e.g. B2"));
  }

  /** The cell's value; null when it is empty or wrong, a wrong one adding to {@code problems}. */
  private static <T> @Nullable T cell(
      Map<CsvColumn, String> row,
      CsvColumn column,
      Function<String, Cell<T>> read,
      List<String> problems) {
    String cell = present(row, column);
    if (cell == null) {
      return null;
    }
    return switch (read.apply(cell)) {
      case Ok<T> ok -> ok.value();
      case Bad<T> bad -> {
        problems.add(column.header() + ": " + bad.reason());
        yield null;
      }
    };
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
