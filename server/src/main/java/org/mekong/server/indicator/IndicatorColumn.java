package org.mekong.server.indicator;

import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;

/**
 * The columns of the {@code indicator} and {@code indicator_version} tables, in table order, with
 * their PostgreSQL types: the one description that reads, inserts, updates and {@code COPY} of
 * indicator rows are made from (decision 0026). A test checks it against the migrated database.
 */
enum IndicatorColumn {
  ID("id", "text", Part.VERSION),
  VERSION("version", "int4", Part.VERSION),
  SELECTOR_TYPE("selector_type", "text", Part.VERSION),
  SELECTOR_KEY("selector_key", "text", Part.VERSION),
  SELECTOR_ID("selector_id", "text", Part.VERSION),
  CATEGORIES("categories", "_text", Part.VERSION),
  CONFIDENCE("confidence", "int2", Part.VERSION),
  TLP("tlp", "text", Part.VERSION),
  HANDLING("handling", "_text", Part.VERSION),
  RESTRICTIONS("restrictions", "_text", Part.VERSION),
  EVALUATION("evaluation", "text", Part.VERSION),
  RECIPIENTS("recipients", "_text", Part.VERSION),
  ORIGINATOR("originator", "text", Part.VERSION),
  DESCRIPTION("description", "text", Part.VERSION),
  EXTERNAL_REFS("external_refs", "jsonb", Part.VERSION),
  VALID_FROM("valid_from", "timestamptz", Part.VERSION),
  VALID_UNTIL("valid_until", "timestamptz", Part.VERSION),
  REVOKED("revoked", "bool", Part.VERSION),
  CREATED("created", "timestamptz", Part.VERSION),
  MODIFIED("modified", "timestamptz", Part.VERSION),
  CHANGE_SEQ("change_seq", "int8", Part.VERSION),
  SEEN("seen", "int8", Part.SIGHTINGS),
  FALSE_POSITIVE("false_positive", "int8", Part.SIGHTINGS),
  TRUE_POSITIVE("true_positive", "int8", Part.SIGHTINGS),
  EXPIRED("expired", "int8", Part.SIGHTINGS),
  LAST_SIGHTED("last_sighted", "timestamptz", Part.SIGHTINGS),
  DATE_ADDED("date_added", "timestamptz", Part.HISTORY),
  ORIGIN_NODE("origin_node", "text", Part.PROVENANCE),
  RECEIVED_FROM("received_from", "text", Part.PROVENANCE),
  RECEIVED_BY("received_by", "_text", Part.PROVENANCE);

  /** Which rows hold a column and who writes it. */
  enum Part {
    /** The published version: written by every path, in both tables. */
    VERSION,
    /** The sighting counts of the current row ({@code indicator} only). */
    SIGHTINGS,
    /** When a version was stored ({@code indicator_version} only, by its default). */
    HISTORY,
    /** Where a received version came from and who received it (both tables). */
    PROVENANCE
  }

  /** The columns of a published version, in the order every write path gives their values. */
  static final List<IndicatorColumn> WRITTEN = of(Part.VERSION);

  /** {@link #WRITTEN} and then the provenance columns: what a received version writes. */
  static final List<IndicatorColumn> RECEIVED =
      Stream.concat(WRITTEN.stream(), of(Part.PROVENANCE).stream()).toList();

  /** Every column of {@code indicator}, in table order. */
  static final List<IndicatorColumn> INDICATOR_TABLE =
      Stream.of(WRITTEN, of(Part.SIGHTINGS), of(Part.PROVENANCE)).flatMap(List::stream).toList();

  /** Every column of {@code indicator_version}, in table order. */
  static final List<IndicatorColumn> VERSION_TABLE =
      Stream.of(WRITTEN, of(Part.HISTORY), of(Part.PROVENANCE)).flatMap(List::stream).toList();

  private final String sql;
  private final String type;
  private final Part part;

  IndicatorColumn(String sql, String type, Part part) {
    this.sql = sql;
    this.type = type;
    this.part = part;
  }

  /** The column's name in SQL. */
  String sql() {
    return sql;
  }

  /** The column's PostgreSQL type, as {@code pg_type.typname} names it ({@code _text}: text[]). */
  String type() {
    return type;
  }

  /** The statement parameter for a value of this column, cast where JDBC cannot tell the type. */
  String placeholder() {
    return type.equals("jsonb") ? "?::jsonb" : "?";
  }

  /** The columns' names, comma-separated, for a column list. */
  static String names(List<IndicatorColumn> columns) {
    StringJoiner joiner = new StringJoiner(", ");
    columns.forEach(column -> joiner.add(column.sql));
    return joiner.toString();
  }

  /** The columns' placeholders, comma-separated, for a {@code VALUES} list. */
  static String placeholders(List<IndicatorColumn> columns) {
    StringJoiner joiner = new StringJoiner(", ");
    columns.forEach(column -> joiner.add(column.placeholder()));
    return joiner.toString();
  }

  private static List<IndicatorColumn> of(Part part) {
    return Stream.of(values()).filter(column -> column.part == part).toList();
  }
}
