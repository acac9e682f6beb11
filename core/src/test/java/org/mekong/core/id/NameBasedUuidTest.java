package org.mekong.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NameBasedUuidTest {

  private static final UUID DNS = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

  @Test
  void theRfcExampleComesOutTheSameEveryTime() {
    UUID expected = UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    for (int i = 0; i < 3; i++) {
      assertThat(NameBasedUuid.v5(DNS, "www.example.com")).isEqualTo(expected);
    }
  }

  @Test
  void namespacesAndNamesInterleavedFromSeveralThreadsMatchAFreshDigest() throws Exception {
    long seed = 20261129L;
    Random random = new Random(seed);
    List<UUID> namespaces = new ArrayList<>();
    for (int i = 0; i < 80; i++) { // more than are kept primed
      namespaces.add(new UUID(random.nextLong(), random.nextLong()));
    }
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      long taskSeed = random.nextLong();
      tasks.add(
          () -> {
            Random r = new Random(taskSeed);
            for (int i = 0; i < 20_000; i++) {
              UUID namespace = namespaces.get(r.nextInt(namespaces.size()));
              String name = "name-" + r.nextInt() + "-\u0e01";
              if (!NameBasedUuid.v5(namespace, name).equals(reference(namespace, name))) {
                return false;
              }
            }
            return true;
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (Future<Boolean> result : pool.invokeAll(tasks)) {
        assertThat(result.get()).as("seed %d", seed).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** RFC 9562 section 5.5, written out with a new digest each time. */
  private static UUID reference(UUID namespace, String name) throws Exception {
    MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(namespace.getMostSignificantBits())
            .putLong(namespace.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer buffer = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
