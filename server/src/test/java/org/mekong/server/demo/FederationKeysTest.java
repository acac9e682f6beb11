package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo federation's keys file: kept as read, owner-only, and an unreadable one starts over. */
class FederationKeysTest {

  @TempDir Path dir;

  @Test
  void keptKeysAreWrittenBackAsTheyWereRead() throws Exception {
    Path file = dir.resolve("federation-keys.json");
    Files.writeString(
        file, "{\"mm@th\": {\"mm-police\": \"key-1\"}, \"th@cn\": {\"th-ccib\": \"key-2\"}}");

    FederationKeys.read(file).write();

    assertThat(NodeApi.JSON.readTree(file.toFile()).toString())
        .isEqualTo("{\"mm@th\":{\"mm-police\":\"key-1\"},\"th@cn\":{\"th-ccib\":\"key-2\"}}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(dir.resolve("federation-keys.json.tmp")).doesNotExist();
  }

  @Test
  void anUnreadableFileIsReplacedByAnEmptyOne() throws Exception {
    Path file = dir.resolve("federation-keys.json");
    Files.writeString(file, "{\"mm@th\": [not json");

    FederationKeys.read(file).write();

    assertThat(NodeApi.JSON.readTree(file.toFile()).size()).isZero();
  }
}
