package org.mekong.core.exchange;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.mekong.core.indicator.Indicator;

/**
 * Writes the {@code csv} format: the header with every {@link CsvColumn}, then one record per
 * indicator, so that importing the output gives back the same drafts (recipients aside, which the
 * import takes from the file defaults). The region column is empty: canonical keys need no hint.
 * The last two columns, the indicator's id and its originator (as the exporter passes it, e.g.
 * {@code withheld}), let an offline screening list explain its hits; an import ignores them.
 */
final class CsvExport implements IndicatorWriter {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private final CSVPrinter printer;

  CsvExport(Writer out) throws IOException {
    this.printer = new CSVPrinter(out, FORMAT);
    printer.printRecord(CsvColumn.headers());
  }

  @Override
  public void write(Indicator indicator) throws IOException {
    for (CsvColumn column : CsvColumn.values()) {
      printer.print(cell(column, indicator));
    }
    printer.println();
  }

  private static String cell(CsvColumn column, Indicator indicator) {
    return switch (column) {
      case TYPE -> indicator.selector().type().code();
      case VALUE -> indicator.selector().canonical();
      case REGION -> "";
      case CATEGORIES -> CellText.categories(indicator.categories());
      case CONFIDENCE -> Integer.toString(indicator.confidence());
      case TLP -> indicator.marking().tlp().code();
      case HANDLING -> CellText.handling(indicator.marking().handling());
      case EVALUATION -> indicator.marking().evaluation().code();
      case VALID_FROM -> instant(indicator.validFrom());
      case VALID_UNTIL -> instant(indicator.validUntil());
      case DESCRIPTION -> indicator.description() == null ? "" : indicator.description();
      case ID -> indicator.id().value();
      case ORIGINATOR -> indicator.originator().value();
    };
  }

  private static String instant(@Nullable Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
