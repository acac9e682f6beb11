package org.mekong.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TAXII 2.1 pages of 1,000 objects from a large collection: a client walks the collection from the
 * start following {@code next}, then asks for pages {@code added_after} instants spread over the
 * whole collection (each followed by one {@code next}). Prints the latency distribution of each
 * (time to the last byte of the body) and the ratio of the p95 to the goal.
 *
 * <p>Arguments: base URL, reading agency's API key, collection id, pages to walk, {@code
 * added_after} requests, first and last {@code date_added} of the collection (ISO-8601).
 */
public final class TaxiiPageBench {

  /** The p95 a page should stay under, milliseconds. */
  static final double GOAL_MS = 200;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TaxiiPageBench() {}

  /** One page as read: latency, objects and the cursor to the next one. */
  private record Page(double millis, int objects, @Nullable String next) {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String key = args[1];
    String objects = base + "/taxii2/mekong/collections/" + args[2] + "/objects/?limit=1000";
    int walk = Integer.parseInt(args[3]);
    int jumps = Integer.parseInt(args[4]);
    Instant first = Instant.parse(args[5]);
    Instant last = Instant.parse(args[6]);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    for (int i = 0; i < 20; i++) { // warm-up
      get(http, key, objects);
    }
    List<Double> walked = new ArrayList<>();
    long seen = 0;
    String url = objects;
    for (int i = 0; i < walk; i++) {
      Page page = get(http, key, url);
      walked.add(page.millis());
      seen += page.objects();
      if (page.next() == null) {
        break;
      }
      url = objects + "&next=" + page.next();
    }
    report("walk with next", walked, seen);

    SplittableRandom random = new SplittableRandom(20261129);
    long span = Duration.between(first, last).toNanos() / 1000;
    List<Double> after = new ArrayList<>();
    seen = 0;
    for (int i = 0; i < jumps; i++) {
      Instant at = first.plusNanos(random.nextLong(Math.max(1, span)) * 1000);
      Page page =
          get(
              http,
              key,
              objects + "&added_after=" + URLEncoder.encode(at.toString(), StandardCharsets.UTF_8));
      after.add(page.millis());
      seen += page.objects();
      if (page.next() != null) {
        Page then = get(http, key, objects + "&next=" + page.next());
        after.add(then.millis());
        seen += then.objects();
      }
    }
    report("added_after + next", after, seen);
  }

  private static void report(String what, List<Double> millis, long objects) {
    List<Double> sorted = millis.stream().sorted().toList();
    double p95 = percentile(sorted, 0.95);
    System.out.printf(
        Locale.ROOT,
        "  %-19s %4d pages, %,9d objects: p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms"
            + "  (%,.0f objects/s); p95 / goal %.0f ms = %.2f%n",
        what,
        sorted.size(),
        objects,
        percentile(sorted, 0.50),
        p95,
        percentile(sorted, 0.99),
        sorted.getLast(),
        objects / (millis.stream().mapToDouble(Double::doubleValue).sum() / 1000),
        GOAL_MS,
        p95 / GOAL_MS);
  }

  private static double percentile(List<Double> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static Page get(HttpClient http, String key, String url) throws Exception {
    long start = System.nanoTime();
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key)
                .header("Accept", TaxiiPostBench.TAXII)
                .timeout(Duration.ofMinutes(1))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    double millis = (System.nanoTime() - start) / 1e6;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + url + " answered " + response.statusCode() + ": " + new String(response.body()));
    }
    JsonNode body = JSON.readTree(response.body());
    JsonNode list = body.get("objects");
    JsonNode next = body.get("next");
    return new Page(millis, list == null ? 0 : list.size(), next == null ? null : next.asString());
  }
}
