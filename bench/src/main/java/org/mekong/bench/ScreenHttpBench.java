package org.mekong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Screening through the HTTP API against the same batches answered by PostgreSQL alone: 10,000-item
 * batches of one selector type, posted to {@code /api/v1/screen} by as many client threads as
 * cores, and the same keys looked up with an indexed {@code selector_key = ANY(array)} query.
 * Prints selectors per second for each and the ratio.
 *
 * <p>Then freshness under load: while client threads keep screening phone batches, a publisher
 * creates new indicators through the API one after the other and polls until each screens as a hit;
 * prints the distribution of the delays.
 *
 * <p>Arguments: base URL, screening client's API key, JDBC URL, indicators loaded (the loader's
 * bijection of {@code bench/screen-http.sh} gives the keys), seconds per measurement, and a
 * publishing agency's API key.
 */
public final class ScreenHttpBench {

  private static final int BATCH = 10_000;
  private static final int BATCHES = 40;

  private ScreenHttpBench() {}

  /** One selector type's batches: the request bodies and the canonical keys they hold. */
  private record Batches(
      String type, List<byte[]> bodies, List<String[]> keys, long hitsExpected) {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    String base = args[0];
    String apiKey = args[1];
    String jdbc = args[2];
    long loaded = Long.parseLong(args[3]);
    int seconds = Integer.parseInt(args[4]);
    int threads = Runtime.getRuntime().availableProcessors();
    List<Batches> kinds = List.of(phones(loaded), domains(loaded / 10), urls(loaded / 10));
    System.out.printf(
        Locale.ROOT,
        "%d-item batches, %d client threads, %d s per measurement, 1%% of items listed%n",
        BATCH,
        threads,
        seconds);
    String publisherKey = args[5];
    for (Batches batches : kinds) {
      double api = http(base, apiKey, batches, threads, seconds);
      double sql = postgres(jdbc, batches, threads, seconds);
      System.out.printf(
          Locale.ROOT,
          "  %-7s API %,12.0f selectors/s   PostgreSQL = ANY(array) %,12.0f selectors/s"
              + "   ratio %5.1fx%n",
          batches.type(),
          api,
          sql,
          api / sql);
    }
    freshness(base, apiKey, publisherKey, kinds.getFirst(), threads, 50);
  }

  /** Publishes new indicators under screening load and measures how soon each screens as a hit. */
  private static void freshness(
      String base, String apiKey, String publisherKey, Batches load, int threads, int count)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    java.util.concurrent.atomic.AtomicBoolean running =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> loaders = new ArrayList<>();
    AtomicLong loadBatches = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      loaders.add(
          pool.submit(
              () -> {
                int i = offset;
                while (running.get()) {
                  client.send(
                      screenRequest(base, apiKey, load.bodies().get(i % BATCHES)),
                      HttpResponse.BodyHandlers.discarding());
                  loadBatches.incrementAndGet();
                  i += threads;
                }
                return null;
              }));
    }
    SplittableRandom random = new SplittableRandom(System.nanoTime());
    List<Double> delays = new ArrayList<>();
    long start = System.nanoTime();
    try {
      for (int n = 0; n < count; n++) {
        String number = "+6662" + pad(random.nextLong(100_000_000L)).substring(1);
        HttpRequest publish =
            HttpRequest.newBuilder(URI.create(base + "/api/v1/indicators"))
                .header("Authorization", "Bearer " + publisherKey)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"type\":\"phone\",\"value\":\""
                            + number
                            + "\",\"categories\":[\"fraud.loan\"],\"confidence\":60,"
                            + "\"tlp\":\"green\"}"))
                .build();
        HttpResponse<String> created = client.send(publish, HttpResponse.BodyHandlers.ofString());
        long createdAt = System.nanoTime();
        if (created.statusCode() != 201) {
          throw new IllegalStateException("publishing failed: " + created.body());
        }
        byte[] probe =
            ("{\"items\":[{\"type\":\"phone\",\"value\":\"" + number + "\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        while (true) {
          HttpResponse<String> screened =
              client.send(screenRequest(base, apiKey, probe), HttpResponse.BodyHandlers.ofString());
          if (screened.body().contains("\"verdict\":\"hit\"")) {
            delays.add((System.nanoTime() - createdAt) / 1e6);
            break;
          }
          if (System.nanoTime() - createdAt > 30_000_000_000L) {
            throw new IllegalStateException(number + " did not screen as a hit within 30 s");
          }
          Thread.sleep(5);
        }
      }
    } finally {
      running.set(false);
      for (Future<?> loader : loaders) {
        loader.get();
      }
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    delays.sort(Double::compare);
    System.out.printf(
        Locale.ROOT,
        "freshness under load (%,.0f selectors/s screened meanwhile): %d new indicators,"
            + " creation to first hit p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
        loadBatches.get() * (double) BATCH / seconds,
        delays.size(),
        delays.get(delays.size() / 2),
        delays.get((int) Math.min(delays.size() - 1, Math.ceil(delays.size() * 0.95) - 1)),
        delays.getLast());
  }

  private static HttpRequest screenRequest(String base, String apiKey, byte[] body) {
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/screen"))
        .header("Authorization", "Bearer " + apiKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static Batches phones(long loaded) {
    return batches(
        "phone",
        loaded,
        s -> "+668" + pad((s * 7919) % 100_000_000L),
        r -> "+669" + pad(r.nextLong(100_000_000L)),
        (key, raw) -> "{\"type\":\"phone\",\"value\":\"" + raw + "\"}");
  }

  private static Batches domains(long loaded) {
    return batches(
        "domain",
        loaded,
        s -> "bench-" + s + ".top",
        r -> "clean-" + r.nextLong(1_000_000_000L) + ".com",
        (key, raw) -> "{\"type\":\"domain\",\"value\":\"www." + raw + "\"}");
  }

  private static Batches urls(long loaded) {
    return batches(
        "url",
        loaded,
        s -> "bench-" + s + ".top",
        r -> "clean-" + r.nextLong(1_000_000_000L) + ".com",
        (key, raw) -> "{\"type\":\"url\",\"value\":\"https://" + raw + "/login?id=7\"}");
  }

  private interface Key {
    String of(long s);
  }

  private interface Miss {
    String of(SplittableRandom random);
  }

  private interface Item {
    String json(String key, String raw);
  }

  private static Batches batches(String type, long loaded, Key listed, Miss miss, Item item) {
    SplittableRandom random = new SplittableRandom(29);
    List<byte[]> bodies = new ArrayList<>();
    List<String[]> keys = new ArrayList<>();
    long hits = 0;
    for (int b = 0; b < BATCHES; b++) {
      StringBuilder json = new StringBuilder(BATCH * 48).append("{\"items\":[");
      String[] batchKeys = new String[BATCH];
      for (int i = 0; i < BATCH; i++) {
        boolean hit = random.nextInt(100) == 0;
        String key = hit ? listed.of(random.nextLong(loaded)) : miss.of(random);
        hits += hit ? 1 : 0;
        batchKeys[i] = key;
        json.append(i == 0 ? "" : ",").append(item.json(key, key));
      }
      bodies.add(json.append("]}").toString().getBytes(StandardCharsets.UTF_8));
      keys.add(batchKeys);
    }
    return new Batches(type, bodies, keys, hits);
  }

  private static double http(String base, String apiKey, Batches batches, int threads, int seconds)
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    URI uri = URI.create(base + "/api/v1/screen");
    byte[] hitMarker = "\"verdict\":\"hit\"".getBytes(StandardCharsets.UTF_8);
    AtomicLong hitsSeen = new AtomicLong();
    Task task =
        (index) -> {
          HttpRequest request =
              HttpRequest.newBuilder(uri)
                  .header("Authorization", "Bearer " + apiKey)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(batches.bodies().get(index)))
                  .build();
          HttpResponse<byte[]> response =
              client.send(request, HttpResponse.BodyHandlers.ofByteArray());
          if (response.statusCode() != 200) {
            throw new IllegalStateException(
                "HTTP "
                    + response.statusCode()
                    + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
          }
          hitsSeen.addAndGet(count(response.body(), hitMarker));
        };
    run(task, threads, 3);
    hitsSeen.set(0);
    long[] done = run(task, threads, seconds);
    long perRound = batches.hitsExpected();
    System.out.printf(
        Locale.ROOT,
        "  %-7s API: %d batches, %d hits seen (%.2f%% of items; %d listed per %d batches)%n",
        batches.type(),
        done[0],
        hitsSeen.get(),
        100.0 * hitsSeen.get() / (done[0] * (double) BATCH),
        perRound,
        BATCHES);
    return done[0] * (double) BATCH / (done[1] / 1e9);
  }

  private static double postgres(String jdbc, Batches batches, int threads, int seconds)
      throws Exception {
    ThreadLocal<Connection> connections =
        ThreadLocal.withInitial(
            () -> {
              try {
                return DriverManager.getConnection(jdbc);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
    AtomicLong found = new AtomicLong();
    String type = batches.type();
    Task task =
        (index) -> {
          Connection connection = connections.get();
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT selector_key FROM indicator WHERE selector_type = ?"
                      + " AND selector_key = ANY(?) AND NOT revoked")) {
            String[] keys = batches.keys().get(index);
            if (!type.equals("phone")) {
              keys = hostsAndParents(keys, type);
            }
            Array array = connection.createArrayOf("text", keys);
            statement.setString(1, type.equals("url") ? "domain" : type);
            statement.setArray(2, array);
            try (ResultSet rs = statement.executeQuery()) {
              while (rs.next()) {
                found.incrementAndGet();
              }
            }
          }
        };
    run(task, threads, 2);
    found.set(0);
    long[] done = run(task, threads, seconds);
    System.out.printf(
        Locale.ROOT,
        "  %-7s PostgreSQL: %d batches, %d rows found%n",
        batches.type(),
        done[0],
        found.get());
    return done[0] * (double) BATCH / (done[1] / 1e9);
  }

  /** For domains and URLs the database must look up the host and its parent domain, as we do. */
  private static String[] hostsAndParents(String[] keys, String type) {
    List<String> all = new ArrayList<>(keys.length * 2);
    for (String key : keys) {
      all.add("www." + key);
      all.add(key);
    }
    return all.toArray(String[]::new);
  }

  private interface Task {
    void run(int batchIndex) throws Exception;
  }

  /** Runs the task on {@code threads} threads for {@code seconds}; returns {batches, nanos}. */
  private static long[] run(Task task, int threads, int seconds) throws Exception {
    AtomicLong batches = new AtomicLong();
    long start = System.nanoTime();
    long deadline = start + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  int i = offset;
                  while (System.nanoTime() < deadline) {
                    task.run(i % BATCHES);
                    batches.incrementAndGet();
                    i += threads;
                  }
                  return null;
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
    return new long[] {batches.get(), System.nanoTime() - start};
  }

  private static long count(byte[] body, byte[] marker) {
    long n = 0;
    outer:
    for (int i = 0; i + marker.length <= body.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (body[i + j] != marker[j]) {
          continue outer;
        }
      }
      n++;
    }
    return n;
  }

  private static String pad(long value) {
    String digits = Long.toString(value);
    return "0".repeat(8 - digits.length()) + digits;
  }
}
