package org.mekong.core.exchange;

import java.io.IOException;
import java.io.Writer;
import org.mekong.core.indicator.Indicator;

/** Writes the canonical key of each indicator's selector, one per line. */
final class ListExport implements IndicatorWriter {

  private final Writer out;

  ListExport(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Indicator indicator) throws IOException {
    out.write(indicator.selector().canonical());
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
