package org.mekong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * TAXII 2.1 "add objects": STIX bundles of new domain indicators posted to a collection, each
 * followed until its status resource says {@code complete}; prints objects per second end to end
 * and the ratio to the goal, with one client and with as many clients as cores.
 *
 * <p>Arguments: base URL, publishing agency's API key, collection id, objects per bundle, bundles
 * per measurement.
 */
public final class TaxiiPostBench {

  /** What the TAXII ingestion should reach, objects per second. */
  static final double GOAL = 20_000;

  static final String TAXII = "application/taxii+json;version=2.1";
  static final String STIX = "application/stix+json;version=2.1";
  private static final String TLP_GREEN =
      "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TaxiiPostBench() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String key = args[1];
    String collection = args[2];
    int size = Integer.parseInt(args[3]);
    int bundles = Integer.parseInt(args[4]);
    int cores = Runtime.getRuntime().availableProcessors();
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String objects = base + "/taxii2/mekong/collections/" + collection + "/objects/";
    SplittableRandom random = new SplittableRandom(20261129);
    System.out.printf(
        Locale.ROOT,
        "bundles of %,d indicators (new domains), %d per measurement%n",
        size,
        bundles);
    // warm-up: one bundle, not counted
    post(http, base, objects, key, bundle(random, "warm", 0, size));
    int run = 0;
    for (int clients : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
      List<byte[]> bodies = new ArrayList<>();
      for (int b = 0; b < bundles; b++) {
        bodies.add(bundle(random, "r" + run, b, size));
      }
      run++;
      AtomicInteger next = new AtomicInteger();
      long start = System.nanoTime();
      long stored = 0;
      try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
        List<Future<Integer>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
          done.add(
              pool.submit(
                  () -> {
                    int ok = 0;
                    for (int b = next.getAndIncrement(); b < bodies.size(); ) {
                      ok += post(http, base, objects, key, bodies.get(b));
                      b = next.getAndIncrement();
                    }
                    return ok;
                  }));
        }
        for (Future<Integer> f : done) {
          stored += f.get();
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = (double) bundles * size / seconds;
      System.out.printf(
          Locale.ROOT,
          "  %d client%s: %,d objects in %.1f s, %,.0f objects/s (%,d stored); goal %,.0f/s:"
              + " %.2f of it%n",
          clients,
          clients == 1 ? " " : "s",
          bundles * size,
          seconds,
          rate,
          stored,
          GOAL,
          rate / GOAL);
    }
  }

  /** Posts one bundle and follows its status until complete; returns the objects stored. */
  private static int post(HttpClient http, String base, String objects, String key, byte[] body)
      throws Exception {
    HttpResponse<String> added =
        http.send(
            HttpRequest.newBuilder(URI.create(objects))
                .header("Authorization", "Bearer " + key)
                .header("Accept", TAXII)
                .header("Content-Type", STIX)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (added.statusCode() != 202) {
      throw new IllegalStateException("POST answered " + added.statusCode() + ": " + added.body());
    }
    JsonNode status = JSON.readTree(added.body());
    String id = status.get("id").asString();
    while (!status.get("status").asString().equals("complete")) {
      Thread.sleep(20);
      HttpResponse<String> polled =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/taxii2/mekong/status/" + id + "/"))
                  .header("Authorization", "Bearer " + key)
                  .header("Accept", TAXII)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      status = JSON.readTree(polled.body());
    }
    if (status.get("failure_count").asInt() != 0) {
      throw new IllegalStateException("objects failed: " + status.get("failures").get(0));
    }
    return status.get("success_count").asInt();
  }

  /** A bundle of {@code size} new domain indicators, with a TLP:GREEN marking. */
  static byte[] bundle(SplittableRandom random, String run, int number, int size) {
    StringBuilder json =
        new StringBuilder(size * 420)
            .append("{\"type\":\"bundle\",\"id\":\"bundle--")
            .append(UUID.randomUUID())
            .append("\",\"objects\":[");
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        json.append(',');
      }
      StringBuilder name = new StringBuilder();
      for (int c = 0; c < 8; c++) {
        name.append((char) ('a' + random.nextInt(26)));
      }
      name.append('-').append(run).append('-').append(number).append('-').append(i).append(".top");
      json.append("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--")
          .append(UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8)))
          .append("\",\"created\":\"2026-11-01T00:00:00.000Z\",")
          .append("\"modified\":\"2026-11-01T00:00:00.000Z\",")
          .append("\"pattern\":\"[domain-name:value = '")
          .append(name)
          .append("']\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-11-01T00:00:00Z\",")
          .append("\"indicator_types\":[\"malicious-activity\"],\"labels\":[\"gambling\"],")
          .append("\"confidence\":70,\"object_marking_refs\":[\"")
          .append(TLP_GREEN)
          .append("\"]}");
    }
    return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
