package org.mekong.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes.SeededNode;

/** What the screening tests set up on a node, and waiting for the watch list to catch up. */
final class ScreeningFixtures {

  /** How long a test waits for a change to reach the watch list before it fails. */
  static final Duration PATIENCE = Duration.ofSeconds(20);

  private ScreeningFixtures() {}

  static void agreement(SeededNode seeded, String from, String to, String category) {
    Http.Response response =
        seeded
            .http()
            .post(
                "/api/v1/admin/agreements",
                seeded.adminKey(),
                "{\"from\":\""
                    + from
                    + "\",\"to\":\""
                    + to
                    + "\",\"categories\":[\""
                    + category
                    + "\"]}");
    assertThat(response.status()).as(response.body()).isIn(200, 201);
  }

  /** Publishes a fake-authority phone indicator and returns its id. */
  static String publishPhone(
      SeededNode seeded, String agency, String number, String tlp, String extra) {
    Http.Response published =
        seeded
            .http()
            .post(
                "/api/v1/indicators",
                seeded.keyOf(agency),
                "{\"type\":\"phone\",\"value\":\""
                    + number
                    + "\",\"categories\":[\"fraud.impersonation.authority\"],"
                    + "\"confidence\":80,\"tlp\":\""
                    + tlp
                    + "\""
                    + extra
                    + "}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    return published.json().get("indicator").get("id").asString();
  }

  /** Waits until the node's watch list has been built at start-up. */
  static void awaitReady(SeededNode seeded) {
    await(
        () -> {
          Http.Response status =
              seeded.http().get("/api/v1/screen/status", seeded.keyOf("th-ccib"));
          return status.status() == 200 && status.json().get("ready").asBoolean() ? status : null;
        });
  }

  /** Polls until {@code probe} returns a value, failing after {@link #PATIENCE}. */
  static <T> T await(Supplier<@Nullable T> probe) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      T value = probe.get();
      if (value != null) {
        return value;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the watch list did not catch up within " + PATIENCE);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
