package org.mekong.server.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What a crash can leave on an embedded PostgreSQL's data directory, cleared before the node starts
 * PostgreSQL again (docs/decisions/0020): a postmaster still running after its node's JVM died is
 * stopped with a fast shutdown, which completes every committed transaction; a {@code
 * postmaster.pid} whose process is gone is left to PostgreSQL, which recovers from its write-ahead
 * log; one whose pid now belongs to another program is removed, since PostgreSQL would refuse to
 * start over it.
 */
final class Leftovers {

  /** The lock file that the node's PostgreSQL library holds while a node uses the directory. */
  static final String NODE_LOCK = "epg-lock";

  private final Path pgData;
  private final Duration patience;

  Leftovers(Path pgData, Duration patience) {
    this.pgData = pgData;
    this.patience = patience;
  }

  /** Clears what a crash left and says in one line what it found and did; empty if nothing. */
  Optional<String> clear() {
    Path lock = pgData.resolve("postmaster.pid");
    if (!Files.isRegularFile(lock)) {
      return Optional.empty();
    }
    long pid;
    try {
      List<String> lines = Files.readAllLines(lock);
      pid = lines.isEmpty() ? -1 : Long.parseLong(lines.getFirst().trim());
    } catch (IOException | NumberFormatException e) {
      pid = -1;
    }
    if (pid <= 0) {
      delete(lock);
      return Optional.of(
          "found an unreadable postmaster.pid on " + pgData + " left by a crash; removed it");
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      PostgresProcesses.awaitGone(pgData, patience);
      return Optional.of(
          "found a postmaster.pid on "
              + pgData
              + " left by PostgreSQL (pid "
              + pid
              + ") that is no longer running; PostgreSQL recovers from its write-ahead log");
    }
    if (!PostgresProcesses.serves(process.get(), pgData)) {
      delete(lock);
      return Optional.of(
          "found a stale postmaster.pid on "
              + pgData
              + ": its pid "
              + pid
              + " now belongs to another program; removed the file");
    }
    requireNoLiveNode(pid);
    String how = stop(process.get());
    PostgresProcesses.awaitGone(pgData, patience);
    return Optional.of(
        "found PostgreSQL (pid "
            + pid
            + ") left running on "
            + pgData
            + " by a node that crashed; stopped it with a "
            + how);
  }

  /** Refuses to touch a PostgreSQL that a live node still uses (it holds the node lock). */
  private void requireNoLiveNode(long pid) {
    Path nodeLock = pgData.resolve(NODE_LOCK);
    if (!Files.exists(nodeLock)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(nodeLock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held != null) {
        held.release();
        return;
      }
    } catch (OverlappingFileLockException e) {
      // this JVM holds it: a node of this process runs on the directory
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check whether a node runs on " + pgData, e);
    }
    throw new IllegalStateException(
        "another node is running on "
            + pgData
            + " (its PostgreSQL has pid "
            + pid
            + "); stop it first or choose another data directory");
  }

  /**
   * Asks the postmaster for a fast shutdown (SIGINT), or a smart one (SIGTERM) where no {@code
   * kill} program can send SIGINT: every client died with the node, so both complete; then waits
   * for it to exit.
   */
  private String stop(ProcessHandle postmaster) {
    String how = "fast shutdown";
    if (!sendSigint(postmaster.pid())) {
      postmaster.destroy();
      how = "smart shutdown";
    }
    try {
      postmaster.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "PostgreSQL (pid "
              + postmaster.pid()
              + ") left running on "
              + pgData
              + " did not stop within "
              + patience.toSeconds()
              + " s; stop it with 'kill -INT "
              + postmaster.pid()
              + "' and start the node again",
          e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("waiting for PostgreSQL to stop failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping PostgreSQL", e);
    }
    return how;
  }

  private static boolean sendSigint(long pid) {
    try {
      Process kill =
          new ProcessBuilder("kill", "-INT", Long.toString(pid))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file, e);
    }
  }
}
