package org.mekong.core.screening.bulk;

import java.io.IOException;

/** Where bulk screening writes its hits, in input order, from one thread. */
public interface HitSink {

  /** Writes one hit. */
  void write(BulkHit hit) throws IOException;

  /** Called once after the last hit: flush what is buffered (the caller closes the stream). */
  void finish() throws IOException;
}
