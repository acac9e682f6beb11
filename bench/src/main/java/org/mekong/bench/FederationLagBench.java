package org.mekong.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Federation lag between two nodes: one agency publishes TLP:GREEN phone indicators on the first
 * node at a steady rate (a bulk import every 100 ms), while an agency of the second node reads its
 * own node's TAXII collection and notes when each indicator appears there. The lag of an indicator
 * is the time from the import's answer on the first node to its first appearance on the second.
 * Prints the distribution and its p95 against the goal of 5 s.
 *
 * <p>Arguments: the publishing node's base URL and an agency key there, the reading node's base URL
 * and an agency key there, objects per second, seconds to publish.
 */
public final class FederationLagBench {

  private static final String OBJECTS =
      "/taxii2/mekong/collections/7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11/objects/";
  private static final String TAXII = "application/taxii+json;version=2.1";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final double GOAL_P95_SECONDS = 5.0;

  private final Map<String, Long> publishedAt = new ConcurrentHashMap<>();
  private final Map<String, Long> seenAt = new ConcurrentHashMap<>();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong failedImports = new AtomicLong();

  private FederationLagBench() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println(
          "usage: FederationLagBench PUBLISHER_URL PUBLISHER_KEY READER_URL READER_KEY RATE"
              + " SECONDS");
      System.exit(2);
    }
    new FederationLagBench()
        .run(
            args[0],
            args[1],
            args[2],
            args[3],
            Integer.parseInt(args[4]),
            Integer.parseInt(args[5]));
  }

  private void run(
      String publisherUrl,
      String publisherKey,
      String readerUrl,
      String readerKey,
      int rate,
      int seconds)
      throws Exception {
    long offset = new SplittableRandom().nextLong(10_000_000);
    int perTick = Math.max(1, rate / 10);
    Reader reader = new Reader(readerUrl, readerKey);
    Thread readerThread = Thread.ofPlatform().name("lag-reader").start(reader);
    ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
    AtomicLong sequence = new AtomicLong();
    long start = System.nanoTime();
    ticks.scheduleAtFixedRate(
        () -> publishBatch(publisherUrl, publisherKey, offset, sequence, perTick),
        0,
        100,
        TimeUnit.MILLISECONDS);
    Thread.sleep(Duration.ofSeconds(seconds));
    ticks.shutdown();
    ticks.awaitTermination(1, TimeUnit.MINUTES);
    double publishSeconds = (System.nanoTime() - start) / 1e9;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (seenAt.size() < publishedAt.size() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    reader.stop();
    readerThread.join();
    report(rate, publishSeconds);
  }

  private void publishBatch(String base, String key, long offset, AtomicLong sequence, int count) {
    StringBuilder body = new StringBuilder();
    List<String> keys = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long n = ((sequence.getAndIncrement() + offset) * 7919) % 10_000_000;
      String phone = String.format(Locale.ROOT, "+6681%07d", n);
      keys.add(phone);
      body.append(phone).append('\n');
    }
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    base
                        + "/api/v1/indicators:import?format=list&type=phone"
                        + "&category=fraud.loan&tlp=green&confidence=60"))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "text/plain")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      long now = System.nanoTime();
      if (response.statusCode() / 100 != 2) {
        failedImports.incrementAndGet();
        System.err.println("import answered " + response.statusCode() + ": " + response.body());
        return;
      }
      for (String phone : keys) {
        publishedAt.put(phone, now);
      }
      published.addAndGet(count);
    } catch (Exception e) {
      failedImports.incrementAndGet();
      System.err.println("import failed: " + e);
    }
  }

  private void report(int rate, double publishSeconds) {
    long[] lags =
        publishedAt.entrySet().stream()
            .mapToLong(entry -> lag(seenAt.get(entry.getKey()), entry.getValue()))
            .filter(lag -> lag >= 0)
            .sorted()
            .toArray();
    long missing = publishedAt.size() - lags.length;
    System.out.printf(
        Locale.ROOT,
        "published %d objects in %.1f s (%.0f/s, asked %d/s; %d failed imports); seen on the"
            + " reading node: %d, missing after 60 s: %d%n",
        published.get(),
        publishSeconds,
        published.get() / publishSeconds,
        rate,
        failedImports.get(),
        lags.length,
        missing);
    if (lags.length == 0) {
      return;
    }
    double p95 = percentile(lags, 0.95);
    System.out.printf(
        Locale.ROOT,
        "lag: p50 %.2f s, p95 %.2f s, p99 %.2f s, max %.2f s; goal p95 < %.0f s: %.2f of the"
            + " goal's time (%s)%n",
        percentile(lags, 0.50),
        p95,
        percentile(lags, 0.99),
        lags[lags.length - 1] / 1e9,
        GOAL_P95_SECONDS,
        p95 / GOAL_P95_SECONDS,
        p95 < GOAL_P95_SECONDS ? "met" : "not met");
  }

  /** The lag in nanoseconds, or -1 if never seen; an appearance before the answer counts 0. */
  private static long lag(@Nullable Long seen, long published) {
    return seen == null ? -1 : Math.max(0, seen - published);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e9;
  }

  /** Reads the reading node's collection page after page and notes when each phone appears. */
  private final class Reader implements Runnable {

    private final String base;
    private final String key;
    private volatile boolean running = true;

    Reader(String base, String key) {
      this.base = base;
      this.key = key;
    }

    void stop() {
      running = false;
    }

    @Override
    public void run() {
      @Nullable String addedAfter = null;
      while (running) {
        try {
          @Nullable String next = null;
          boolean more;
          do {
            StringBuilder path = new StringBuilder(OBJECTS).append("?limit=1000");
            if (addedAfter != null) {
              path.append("&added_after=").append(encode(addedAfter));
            }
            if (next != null) {
              path.append("&next=").append(encode(next));
            }
            HttpResponse<String> response =
                HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + key)
                        .header("Accept", TAXII)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            long now = System.nanoTime();
            if (response.statusCode() != 200) {
              throw new IllegalStateException(
                  "TAXII answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode envelope = JSON.readTree(response.body());
            for (JsonNode object : envelope.path("objects")) {
              for (JsonNode extension : object.path("extensions")) {
                String canonical = extension.path("selector_canonical").asString("");
                if (!canonical.isEmpty()) {
                  seenAt.putIfAbsent(canonical, now);
                }
              }
            }
            response
                .headers()
                .firstValue("X-TAXII-Date-Added-Last")
                .ifPresent(last -> lastAdded[0] = last);
            more = envelope.path("more").asBoolean(false);
            next = more ? envelope.path("next").asString(null) : null;
          } while (more && next != null && running);
          if (lastAdded[0] != null) {
            addedAfter = lastAdded[0];
          }
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        } catch (Exception e) {
          System.err.println("reader: " + e.getMessage());
          try {
            Thread.sleep(500);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }

    private final @Nullable String[] lastAdded = new String[1];
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
