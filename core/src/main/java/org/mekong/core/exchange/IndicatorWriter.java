package org.mekong.core.exchange;

import java.io.Closeable;
import java.io.IOException;
import org.mekong.core.indicator.Indicator;

/**
 * A streaming writer of exported indicators: {@link #write} each one, then {@link #close} to finish
 * the document (a MISP feed writes its manifest then). Closing also closes the target.
 */
public interface IndicatorWriter extends Closeable {

  /** Writes one indicator. */
  void write(Indicator indicator) throws IOException;

  /** Writes every indicator in order. */
  default void writeAll(Iterable<Indicator> indicators) throws IOException {
    for (Indicator indicator : indicators) {
      write(indicator);
    }
  }
}
