package org.mekong.server.demo;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The wanted notice part of the border story: China's agency drafts a wanted notice for the
 * compound boss and a reviewer approves it, on China's node; where that is another node, the Thai
 * node's story waits (bounded) until the notice has arrived through federation; then a Thai officer
 * types the boss's name in Thai script at the border and the check hits the notice.
 */
final class NoticeStory {

  /** How long the Thai node waits for China's notice to arrive. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final Duration POLL = Duration.ofMillis(500);

  /** The notice's id (null when it was not issued) and whether the typed name hit it. */
  record Result(@Nullable String noticeId, boolean hit) {}

  private NoticeStory() {}

  /**
   * Issues the notice on {@code china} and checks the name typed in Thai on {@code thai}, waiting
   * up to {@code patience} for the notice to arrive there when the two are different nodes.
   */
  static Result tell(
      NodeApi china,
      String chinaKey,
      NodeApi thai,
      String immigrationKey,
      boolean sameNode,
      Duration patience,
      Consumer<String> out) {
    String id =
        china
            .postOk(
                "/api/v1/notices",
                chinaKey,
                BorderPeople.wantedNotice(BorderStory.IMMIGRATION, BorderStory.POLICE))
            .get("id")
            .asString();
    china.postOk(
        "/api/v1/notices/" + id + "/approval",
        chinaKey,
        Map.of("reviewer", BorderPeople.NOTICE_REVIEWER));
    out.accept(
        "  China's wanted notice for the compound boss "
            + BorderPeople.BOSS_NAMES.getFirst()
            + " drafted by "
            + BorderPeople.NOTICE_DRAFTER
            + ", published after review by "
            + BorderPeople.NOTICE_REVIEWER
            + (sameNode ? "" : " on China's node"));
    if (!sameNode && !arrived(thai, immigrationKey, id, patience, out)) {
      return new Result(id, false);
    }
    JsonNode typed =
        thai.postOk("/api/v1/border/checks", immigrationKey, BorderPeople.BOSS_TYPED_IN_THAI);
    boolean hit = typed.get("hit").asBoolean();
    out.accept(
        "  a Thai officer typed \""
            + BorderPeople.BOSS_TYPED_IN_THAI.get("givenNames")
            + " "
            + BorderPeople.BOSS_TYPED_IN_THAI.get("surname")
            + "\": "
            + (hit ? "hit " + BorderStory.describe(typed.get("hits").get(0)) : "no hit"));
    return new Result(id, hit);
  }

  /** Waits until the Thai node shows the published notice to its immigration bureau. */
  private static boolean arrived(
      NodeApi thai, String immigrationKey, String id, Duration patience, Consumer<String> out) {
    out.accept(
        "  waiting up to "
            + patience.toSeconds()
            + " s for the notice to reach the Thai node through federation ...");
    long start = System.nanoTime();
    long end = start + patience.toNanos();
    while (true) {
      NodeApi.Answer answer = thai.get("/api/v1/notices/" + id, immigrationKey);
      if (answer.ok() && answer.json().path("standing").asString("").equals("published")) {
        out.accept(
            "  the notice arrived at the Thai node after "
                + Duration.ofNanos(System.nanoTime() - start).toMillis()
                + " ms");
        return true;
      }
      if (System.nanoTime() > end) {
        out.accept(
            "  the notice did not reach the Thai node within "
                + patience.toSeconds()
                + " s (is the Thai node pulling from China's?); no check against it");
        return false;
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
