package org.mekong.core.screening.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Screens a traffic file of any size against a {@link BulkMatcher}: a reader thread cuts the input
 * into chunks of whole lines, {@link BulkOptions#workers()} threads screen chunks in parallel, and
 * the calling thread writes the hits to a {@link HitSink} in input order. Queues are bounded, so
 * memory stays flat (about {@code 4 × workers} chunks). Bad rows and fields are counted in the
 * {@link BulkSummary}, never fatal; only failing to read the input or write the hits throws.
 */
public final class BulkScreening {

  private BulkScreening() {}

  /** One chunk in flight: the screening result the writer waits for, in order. */
  private record Task(@Nullable Chunk chunk, CompletableFuture<ChunkResult> result) {}

  /**
   * Screens {@code in}, writing hits to {@code sink}; {@code progress} is told of each block of
   * bytes read (from the reader thread). Does not close {@code in}.
   *
   * @throws IOException when the input cannot be read or the hits cannot be written
   */
  public static BulkSummary run(
      InputStream in, BulkOptions options, BulkMatcher matcher, HitSink sink, LongConsumer progress)
      throws IOException {
    long started = System.nanoTime();
    int workers = options.workers();
    BlockingQueue<Task> work = new ArrayBlockingQueue<>(2 * workers);
    BlockingQueue<Task> ordered = new ArrayBlockingQueue<>(2 * workers + 2);
    Task end = new Task(null, CompletableFuture.completedFuture(new ChunkResult()));
    CompletableFuture<ChunkResult> readFailure = new CompletableFuture<>();
    // at most the chunks queued and being screened are out at a time
    ChunkBuffers buffers = new ChunkBuffers(options.chunkBytes(), 4 * workers + 4);
    List<Thread> threads = new ArrayList<>();
    threads.add(
        Thread.ofPlatform()
            .daemon()
            .name("bulk-reader")
            .start(() -> read(in, buffers, progress, work, ordered, end, workers, readFailure)));
    for (int i = 0; i < workers; i++) {
      ChunkScreener screener = new ChunkScreener(options, matcher);
      threads.add(
          Thread.ofPlatform()
              .daemon()
              .name("bulk-worker-" + i)
              .start(() -> work(work, screener, buffers)));
    }
    Totals totals = new Totals();
    try {
      while (true) {
        Task task = ordered.take();
        if (task == end) {
          break;
        }
        totals.add(task.result().get(), sink);
      }
      if (readFailure.isCompletedExceptionally()) {
        readFailure.get();
      }
      sink.finish();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("screening interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("screening failed", e.getCause());
    } finally {
      threads.forEach(Thread::interrupt);
    }
    return totals.summary(Duration.ofNanos(System.nanoTime() - started));
  }

  private static void read(
      InputStream in,
      ChunkBuffers buffers,
      LongConsumer progress,
      BlockingQueue<Task> work,
      BlockingQueue<Task> ordered,
      Task end,
      int workers,
      CompletableFuture<ChunkResult> failure) {
    try {
      ChunkReader reader = new ChunkReader(in, buffers, progress);
      for (Chunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        Task task = new Task(chunk, new CompletableFuture<>());
        ordered.put(task);
        work.put(task);
      }
    } catch (IOException e) {
      failure.completeExceptionally(new UncheckedIOException(e));
    } catch (InterruptedException e) {
      return;
    } catch (RuntimeException e) {
      failure.completeExceptionally(e);
    }
    try {
      ordered.put(end);
      for (int i = 0; i < workers; i++) {
        work.put(end);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void work(BlockingQueue<Task> work, ChunkScreener screener, ChunkBuffers buffers) {
    try {
      while (true) {
        Task task = work.take();
        Chunk chunk = task.chunk();
        if (chunk == null) {
          return;
        }
        try {
          task.result().complete(screener.screen(chunk));
        } catch (RuntimeException | Error e) {
          task.result().completeExceptionally(e);
        } finally {
          // the result holds copies (strings), never the chunk's bytes
          buffers.give(chunk);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The running totals, kept by the writing thread. */
  private static final class Totals {
    long bytes;
    long lines;
    long rows;
    long rowsWithHits;
    long hits;
    final Tallies malformed = new Tallies();
    final Tallies invalid = new Tallies();

    void add(ChunkResult r, HitSink sink) throws IOException {
      for (ChunkResult.LocalHit h : r.hits) {
        sink.write(new BulkHit(rows + h.row(), h.role(), h.raw(), h.canonical(), h.match()));
      }
      malformed.addAll(r.malformed, lines);
      invalid.addAll(r.invalid, lines);
      bytes += r.bytes;
      lines += r.lines;
      rows += r.rows;
      rowsWithHits += r.rowsWithHits;
      hits += r.hits.size();
    }

    BulkSummary summary(Duration elapsed) {
      return new BulkSummary(
          bytes,
          lines,
          rows,
          rowsWithHits,
          hits,
          malformed.snapshot(),
          invalid.snapshot(),
          elapsed);
    }
  }
}
