package org.mekong.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL's log: owner-only, rotated once it is large, its end quotable. */
class PostgresLogTest {

  @TempDir Path dir;

  @Test
  void aLargeLogIsMovedAsideAndANewOneOpenedForTheOwnerOnly() throws Exception {
    Path file = dir.resolve("postgres.log");
    try (var large = new RandomAccessFile(file.toFile(), "rw")) {
      large.setLength(PostgresLog.ROTATE_BYTES);
    }

    new PostgresLog(file).openForStart();

    assertThat(dir.resolve("postgres.log.1")).hasSize(PostgresLog.ROTATE_BYTES);
    assertThat(file).isEmptyFile();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aSmallerLogIsKeptAndAppendedTo() throws Exception {
    Path file = dir.resolve("postgres.log");
    Files.writeString(file, "earlier start\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    new PostgresLog(file).openForStart();

    assertThat(file).hasContent("earlier start");
    assertThat(dir.resolve("postgres.log.1")).doesNotExist();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .as("a log written before it was made owner-only")
        .isEqualTo("rw-------");
  }

  @Test
  void theEndIsItsLastNonBlankLinesWithBytesThatAreNotUtf8Replaced() throws Exception {
    Path file = dir.resolve("postgres.log");
    Files.write(file, "one\ntwo\n\nthree \u00ff\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(new PostgresLog(file).lastLines(2)).contains("two\nthree \ufffd");
    assertThat(new PostgresLog(dir.resolve("missing.log")).lastLines(2)).isEmpty();
  }
}
