package org.mekong.core.casework;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;

/**
 * Reads a partner's list of people (CSV, RFC 4180, a header line naming the columns of {@link
 * #COLUMNS} in any order, {@code names} required). A malformed row is refused with its line number
 * and the field at fault; the other rows are read.
 */
public final class ListReader {

  /**
   * The columns a list may have. Several names or nationalities in one cell are split by {@code |}.
   */
  public static final List<String> COLUMNS =
      List.of(
          "names",
          "birth_date",
          "sex",
          "nationalities",
          "document_type",
          "document_number",
          "document_state",
          "document_expiry");

  /** The most rows one list may hold. */
  public static final int MAX_ROWS = 20_000;

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  private ListReader() {}

  /** A row that was refused: its line, the column at fault, and why. */
  public record RowError(long line, String field, String problem) {}

  /** The rows read and the rows refused. */
  public record Reading(List<ListRow> rows, List<RowError> errors) {}

  /**
   * Reads {@code text}; birth dates must not lie after {@code today}.
   *
   * @throws InvalidInputException when the header is wrong, the file is not CSV or has too many
   *     rows
   */
  public static Reading read(String text, LocalDate today) {
    List<ListRow> rows = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    long previousLine = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new InvalidInputException("list", "is empty; its first line names the columns");
      }
      List<String> header = header(records.next());
      previousLine = parser.getCurrentLineNumber();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = previousLine + 1;
        previousLine = parser.getCurrentLineNumber();
        if (rows.size() + errors.size() >= MAX_ROWS) {
          throw new InvalidInputException("list", "has more than " + MAX_ROWS + " rows");
        }
        if (record.size() != header.size()) {
          errors.add(
              new RowError(
                  line, "row", record.size() + " cells where the header has " + header.size()));
          continue;
        }
        Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
          cells.put(header.get(i), record.get(i).strip());
        }
        try {
          rows.add(row(line, cells, today));
        } catch (InvalidInputException e) {
          errors.add(new RowError(line, e.field(), String.valueOf(e.getMessage())));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidInputException(
          "list",
          "is not readable CSV from line "
              + (previousLine + 1)
              + " on (an unterminated quote or a stray character); nothing of it was stored");
    }
    return new Reading(rows, errors);
  }

  private static List<String> header(CSVRecord record) {
    List<String> header = new ArrayList<>();
    for (String cell : record) {
      String name = cell.strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(name)) {
        throw new InvalidInputException(
            "list", "has an unknown column '" + Codes.clip(cell) + "'; columns: " + COLUMNS);
      }
      if (header.contains(name)) {
        throw new InvalidInputException("list", "names the column '" + name + "' twice");
      }
      header.add(name);
    }
    if (!header.contains("names")) {
      throw new InvalidInputException("list", "has no 'names' column");
    }
    return header;
  }

  private static ListRow row(long line, Map<String, String> cells, LocalDate today) {
    List<PersonName> names = new ArrayList<>();
    for (String name : split(cells.get("names"))) {
      names.add(PersonName.parse("names", name));
    }
    if (names.isEmpty()) {
      throw new InvalidInputException("names", "is empty");
    }
    String birth = present(cells, "birth_date");
    String sex = present(cells, "sex");
    List<Nationality> nationalities = new ArrayList<>();
    for (String code : split(cells.get("nationalities"))) {
      nationalities.add(Nationality.parse("nationalities", code.toUpperCase(Locale.ROOT)));
    }
    return new ListRow(
        line,
        names,
        birth == null ? null : PartialDate.parseBirthDate("birth_date", birth, today),
        sex == null ? Sex.UNKNOWN : Codes.parse(Sex.class, "sex", sex.toLowerCase(Locale.ROOT)),
        nationalities,
        document(cells));
  }

  private static List<IdentityDocument> document(Map<String, String> cells) {
    String number = present(cells, "document_number");
    if (number == null) {
      return List.of();
    }
    String type = present(cells, "document_type");
    String state = present(cells, "document_state");
    if (state == null) {
      throw new InvalidInputException("document_state", "is required with a document number");
    }
    String expiry = present(cells, "document_expiry");
    LocalDate expires = null;
    if (expiry != null) {
      try {
        expires = LocalDate.parse(expiry);
      } catch (java.time.format.DateTimeParseException e) {
        throw new InvalidInputException("document_expiry", "is not a date YYYY-MM-DD: " + expiry);
      }
    }
    return List.of(
        new IdentityDocument(
            type == null
                ? DocumentType.PASSPORT
                : Codes.parse(DocumentType.class, "document_type", type.toLowerCase(Locale.ROOT)),
            IdentityDocument.number("document_number", number),
            Nationality.parse("document_state", state.toUpperCase(Locale.ROOT)),
            expires));
  }

  private static @Nullable String present(Map<String, String> cells, String column) {
    String cell = cells.get(column);
    return cell == null || cell.isEmpty() ? null : cell;
  }

  private static List<String> split(@Nullable String cell) {
    if (cell == null || cell.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
