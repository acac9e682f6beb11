package org.mekong.core.exchange;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy iterator over import results that asks its format for more, one record at a time, and
 * closes its source when the stream is closed. A record may give several results (a hosts line with
 * several names), kept in a small queue.
 */
abstract class ResultIterator implements Iterator<ImportResult>, Closeable {

  private final ArrayDeque<ImportResult> pending = new ArrayDeque<>();
  private boolean done;

  /**
   * Reads on and adds the results of the next record(s); returns false at the end of input. May
   * call {@link #stop} to end the results after those it adds.
   */
  abstract boolean readMore(ArrayDeque<ImportResult> into) throws IOException;

  @Override
  public final boolean hasNext() {
    while (pending.isEmpty() && !done) {
      try {
        if (!readMore(pending)) {
          done = true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return !pending.isEmpty();
  }

  @Override
  public final ImportResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return pending.removeFirst();
  }

  /** Stops reading: no more results are produced. */
  final void stop() {
    done = true;
  }

  /** A sequential, ordered stream of the results that closes this iterator when closed. */
  final Stream<ImportResult> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
