package org.mekong.core.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of the {@code csv} format, in the order an export writes them. */
enum CsvColumn {
  TYPE("type"),
  VALUE("value"),
  REGION("region"),
  CATEGORIES("categories"),
  CONFIDENCE("confidence"),
  TLP("tlp"),
  HANDLING("handling"),
  EVALUATION("evaluation"),
  VALID_FROM("valid_from"),
  VALID_UNTIL("valid_until"),
  DESCRIPTION("description"),
  /** Export only: the indicator's STIX id; an import ignores it (ids are the node's own). */
  ID("id"),
  /** Export only: the originating agency, or {@code withheld}; an import ignores it. */
  ORIGINATOR("originator");

  private final String header;

  CsvColumn(String header) {
    this.header = header;
  }

  String header() {
    return header;
  }

  static Optional<CsvColumn> fromHeader(String header) {
    return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
  }

  static List<String> headers() {
    return Arrays.stream(values()).map(CsvColumn::header).toList();
  }
}
