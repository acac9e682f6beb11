package org.mekong.core.screening.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * What screening one chunk gave, with row and line numbers local to the chunk (1-based); the writer
 * shifts them by the counts of the chunks before.
 */
final class ChunkResult {

  /** A hit with its chunk-local row. */
  record LocalHit(long row, FieldRole role, String raw, String canonical, BulkMatch match) {}

  long bytes;
  long lines;
  long rows;
  long rowsWithHits;
  final List<LocalHit> hits = new ArrayList<>();
  final Tallies malformed = new Tallies();
  final Tallies invalid = new Tallies();
}
