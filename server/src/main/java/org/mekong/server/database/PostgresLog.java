package org.mekong.server.database;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Optional;

/**
 * The embedded PostgreSQL's own log, beside its data directory: what its tools and server print,
 * kept across starts, the previous file kept once it passes {@link #ROTATE_BYTES}.
 */
final class PostgresLog {

  /** The size from which a start moves the log to {@code <name>.1}, replacing the one there. */
  static final long ROTATE_BYTES = 16L * 1024 * 1024;

  private final Path file;

  PostgresLog(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /**
   * Rotates the log if it has grown too large and returns where a start appends to it: a file
   * readable by its owner only, since PostgreSQL's errors quote the values they are about.
   */
  ProcessBuilder.Redirect openForStart() {
    try {
      if (Files.isRegularFile(file) && Files.size(file) >= ROTATE_BYTES) {
        Files.move(
            file,
            file.resolveSibling(file.getFileName() + ".1"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      if (!Files.exists(file)) {
        Files.createFile(file);
      }
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + file, e);
    }
    return ProcessBuilder.Redirect.appendTo(file.toFile());
  }

  /**
   * The last {@code count} non-blank lines of the log, bytes that are not UTF-8 replaced; empty if
   * it is missing or blank.
   */
  Optional<String> lastLines(int count) {
    ArrayDeque<String> last = new ArrayDeque<>(count);
    try (var reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), UTF_8))) {
      reader
          .lines()
          .filter(line -> !line.isBlank())
          .forEachOrdered(
              line -> {
                if (last.size() == count) {
                  last.removeFirst();
                }
                last.addLast(line);
              });
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
    return last.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", last));
  }
}
