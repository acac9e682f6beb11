package org.mekong.core.exchange;

import static java.util.Objects.requireNonNull;

import org.mekong.core.indicator.IndicatorDraft;

/**
 * What one line (or record, or MISP attribute) of an imported list gives: a draft to publish, or
 * the reason it was rejected. Comments and blank lines give nothing.
 */
public sealed interface ImportResult permits ImportResult.Accepted, ImportResult.Rejected {

  /**
   * Where the result comes from: the 1-based line number (the first line of a CSV record that spans
   * lines; for MISP the 1-based attribute index within its event); 0 for a whole MISP event.
   */
  long line();

  /** The line gave this draft. */
  record Accepted(long line, IndicatorDraft draft) implements ImportResult {
    public Accepted {
      requireNonNull(draft, "draft");
      if (line < 1) {
        throw new IllegalArgumentException("lines count from 1, was " + line);
      }
    }
  }

  /** The line was rejected for this reason, which is safe to show to the submitter. */
  record Rejected(long line, String reason) implements ImportResult {
    public Rejected {
      if (line < 0) {
        throw new IllegalArgumentException("lines count from 1 (0 for a whole event), was " + line);
      }
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
    }
  }
}
