package org.mekong.core.screening.bulk;

import java.util.concurrent.ArrayBlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Chunk buffers handed back once screened, for the reader to fill again: a pass then allocates
 * about as many buffers as chunks are in flight, not one per chunk. Thread-safe.
 */
final class ChunkBuffers {

  private final int chunkBytes;
  private final ArrayBlockingQueue<byte[]> spare;

  /** Buffers of {@code chunkBytes}, keeping at most {@code capacity} spare ones. */
  ChunkBuffers(int chunkBytes, int capacity) {
    this.chunkBytes = chunkBytes;
    this.spare = new ArrayBlockingQueue<>(capacity);
  }

  /** A spare buffer, or a new one. */
  byte[] take() {
    byte[] buffer = spare.poll();
    return buffer != null ? buffer : new byte[chunkBytes];
  }

  /** Hands back the buffer of a chunk nothing reads any more; kept if a spare place is free. */
  void give(@Nullable Chunk chunk) {
    if (chunk != null && chunk.data().length == chunkBytes) {
      spare.offer(chunk.data());
    }
  }
}
