package org.mekong.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

/**
 * Seeded fuzzing of a running node over HTTP/1.1: requests mutated from valid ones across the
 * endpoints (NUL and other controls, lone surrogates, invalid UTF-8, huge numbers, +99999 years,
 * 10,000 levels of nesting, wrong types, unknown fields, bad %-encoding in the query). No answer
 * may be a 5xx, and every 4xx is {@code application/problem+json}. {@code -Dmekong.fuzz.seed=S}
 * replays a run; {@code -Dmekong.fuzz.http.requests=N} sets the count (20,000 in the suite; {@code
 * bench/fuzz.sh} runs 100,000).
 */
class HttpFuzzTest {

  private static final int REQUESTS = Integer.getInteger("mekong.fuzz.http.requests", 20_000);
  private static final int CLIENTS = 4;

  /** TAXII endpoints answer errors as TAXII error messages, as the specification says. */
  private static final String TAXII_ERROR = "application/taxii+json";

  @Test
  void noRequestGetsA5xxAndEvery4xxIsAProblem() throws Exception {
    long seed = Long.getLong("mekong.fuzz.seed", System.nanoTime());
    Path dir = TestNodes.newDataDir();
    SeededNode seeded = TestNodes.startSeeded(dir, Map.of());
    try {
      awaitWatchList(seeded);
      Requests requests = Requests.prepare(seeded);
      URI base = URI.create(seeded.node().baseUrl());
      List<String> failures = Collections.synchronizedList(new ArrayList<>());
      AtomicInteger sent = new AtomicInteger();
      AtomicInteger[] byClass = {new AtomicInteger(), new AtomicInteger(), new AtomicInteger()};
      long started = System.nanoTime();
      try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          Random random = new Random(seed + c);
          running.add(
              clients.submit(
                  () -> {
                    try (RawHttp http = new RawHttp(base.getHost(), base.getPort())) {
                      while (sent.getAndIncrement() < REQUESTS && failures.size() < 20) {
                        Requests.Request request = requests.next(random);
                        RawHttp.Reply reply =
                            http.send(
                                request.method(),
                                request.target(),
                                request.authorization(),
                                request.contentType(),
                                request.body());
                        byClass[Math.min(reply.status() / 100 - 2, 2)].incrementAndGet();
                        String problem = problem(request.target(), reply);
                        if (problem != null) {
                          failures.add(problem + " for " + request.describe());
                        }
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> client : running) {
          client.get();
        }
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      System.out.printf(
          "HTTP fuzz: %,d requests in %,d ms, seed %d: %,d 2xx, %,d 3xx/4xx, %d failures%n",
          Math.min(sent.get(), REQUESTS),
          millis,
          seed,
          byClass[0].get(),
          byClass[1].get() + byClass[2].get(),
          failures.size());
      assertThat(failures).as("seed %d (replay with -Dmekong.fuzz.seed=%d)", seed, seed).isEmpty();
    } finally {
      seeded.node().close();
      TestNodes.deleteRecursively(dir);
    }
  }

  /** What is wrong with a reply, or null when it is acceptable. */
  private static @org.jspecify.annotations.Nullable String problem(
      String target, RawHttp.Reply reply) {
    if (reply.status() >= 500) {
      return "status "
          + reply.status()
          + " "
          + new String(reply.body(), StandardCharsets.UTF_8).replace('\n', ' ');
    }
    boolean taxii = target.startsWith("/taxii2/");
    if (reply.status() >= 400
        && !reply.contentType().startsWith(Problems.MEDIA_TYPE)
        && !(taxii && reply.contentType().startsWith(TAXII_ERROR))) {
      return "status " + reply.status() + " as '" + reply.contentType() + "', not a problem";
    }
    return null;
  }

  /**
   * Waits until the watch list is built: before that, screening answers a deliberate, retryable
   * 503, which is not what this test looks for.
   */
  private static void awaitWatchList(SeededNode seeded) throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
    while (true) {
      var status = seeded.http().get("/api/v1/screen/status", seeded.keyOf("th-ccib"));
      if (status.status() == 200 && status.json().get("ready").asBoolean()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the watch list was not built within 2 minutes: " + status.body());
      }
      Thread.sleep(50);
    }
  }
}
