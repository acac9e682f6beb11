package org.mekong.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.mekong.core.synthetic.SyntheticNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Casework through a running node (HTTP and its PostgreSQL): {@code known} people loaded with SQL
 * {@code COPY} ({@code copy JDBC KNOWN}; the script then restarts the node, which loads its index
 * of them as it starts), then a list of {@code rows} imported with {@code POST
 * /api/v1/casework/imports} (matched against all of them), a manifest of {@code manifest} people
 * created and accepted with {@code POST /manifests} and one {@code POST /decisions} (the baseline:
 * the same acceptances one request each), and person searches by name and birth date with {@code
 * GET /persons}. The linear-scan baselines of the import and of the search are measured in this
 * process after each, as in {@link CaseworkIndexBench}.
 *
 * <p>Arguments: base URL, importer's key (th-immigration), sender's key (mm-police), admin key,
 * JDBC URL, known, rows, manifest, searches; or {@code copy}, JDBC URL, known.
 */
public final class CaseworkHttpBench {

  /** Lists imported before the measured one, and their rows. */
  private static final int WARM_UP_LISTS = 5;

  private static final int WARM_UP_ROWS = 2_000;

  private static final long SEED = 14L;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CaseworkHttpBench() {}

  /** Writes {@code known} people into the node's PostgreSQL at {@code jdbc} with COPY. */
  private static void copy(String jdbc, int known) throws Exception {
    long start = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(jdbc)) {
      KnownPeopleCopy.write(connection, SEED, known);
    }
    System.out.printf(
        Locale.ROOT,
        "loaded %,d known people with COPY in %.1f s%n",
        known,
        (System.nanoTime() - start) / 1e9);
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("copy")) {
      copy(args[1], Integer.parseInt(args[2]));
      return;
    }
    String base = args[0];
    String importer = args[1];
    String sender = args[2];
    String admin = args[3];
    String jdbc = args[4];
    int known = Integer.parseInt(args[5]);
    int rows = Integer.parseInt(args[6]);
    int manifestSize = Integer.parseInt(args[7]);
    int searches = Integer.parseInt(args[8]);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    long start = System.nanoTime();
    send(http, get(base + "/api/v1/casework/persons?name=Wang%20Wei", importer), 200);
    System.out.printf(
        Locale.ROOT,
        "the first search, answered once the index the node loads at start is there: %.1f s%n",
        (System.nanoTime() - start) / 1e9);

    // warm-up, as a node that has been running: lists of other people (planted duplicates of the
    // known among them) imported first, each timed, until the JIT has compiled the import's code
    for (int w = 0; w < WARM_UP_LISTS; w++) {
      List<CaseworkPeople.Row> warm = new ArrayList<>();
      for (int r = 0; r < WARM_UP_ROWS; r++) {
        warm.add(CaseworkPeople.row(SEED + 3 + w, known, r));
      }
      double warmCpu = NodeCpu.seconds();
      long warmStart = System.nanoTime();
      send(http, csv(base, importer, CaseworkPeople.csv(warm)), 201);
      System.out.printf(
          Locale.ROOT,
          "warm-up list %d of %,d rows: %.0f rows/s, %.2f s of the node's CPU%n",
          w + 1,
          WARM_UP_ROWS,
          WARM_UP_ROWS / ((System.nanoTime() - warmStart) / 1e9),
          NodeCpu.seconds() - warmCpu);
    }

    List<CaseworkPeople.Row> list = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      list.add(CaseworkPeople.row(SEED, known, r));
    }
    String listCsv = CaseworkPeople.csv(list);
    double cpuBefore = NodeCpu.seconds();
    double[] threadsBefore = NodeCpu.compilerAndGcSeconds();
    start = System.nanoTime();
    JsonNode imported = send(http, csv(base, importer, listCsv), 201);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = NodeCpu.seconds() - cpuBefore;
    double[] threadsAfter = NodeCpu.compilerAndGcSeconds();
    if (cpu >= 0) {
      System.out.printf(
          Locale.ROOT,
          "the node's CPU time during the import: %.2f s (%,.0f rows a CPU second), of which JIT"
              + " compiler %.2f s, garbage collector %.2f s%n",
          cpu,
          rows / cpu,
          threadsAfter[0] - threadsBefore[0],
          threadsAfter[1] - threadsBefore[1]);
    }
    System.out.printf(
        Locale.ROOT,
        "import of %,d rows through HTTP against %,d known people: %.2f s, %,.0f rows/s end to"
            + " end; stored %,d, refused %,d, proposals %,d; goal 2,000 rows/s: %s%n",
        rows,
        known,
        seconds,
        rows / seconds,
        imported.get("stored").asInt(),
        imported.get("refused").size(),
        imported.get("proposals").size(),
        rows / seconds >= 2_000 ? "met" : "NOT met");
    double linear =
        CaseworkIndexBench.linearRowMillis(
            org.mekong.core.casework.ListReader.read(listCsv, java.time.LocalDate.of(2026, 12, 6))
                .rows(),
            known,
            20_000,
            20);
    System.out.printf(
        Locale.ROOT,
        "ratio (linear scan time a row / import time a row): %,.0fx%n",
        linear / (seconds * 1000 / rows));

    manifest(http, base, sender, importer, admin, jdbc, known, manifestSize);
    search(http, base, importer, known, searches);
  }

  private static void manifest(
      HttpClient http,
      String base,
      String sender,
      String receiver,
      String admin,
      String jdbc,
      int known,
      int size)
      throws Exception {
    List<CaseworkPeople.Row> people = new ArrayList<>();
    for (int r = 0; r < size; r++) {
      people.add(CaseworkPeople.row(SEED + 11, known, r));
    }
    JsonNode imported = send(http, csv(base, sender, CaseworkPeople.csv(people)), 201);
    List<String> ids = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(jdbc);
        var statement =
            connection.prepareStatement(
                "SELECT id FROM casework_person WHERE source_import = ? ORDER BY source_line")) {
      statement.setObject(1, UUID.fromString(imported.get("id").asString()));
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          ids.add(result.getString(1));
        }
      }
    }
    HttpRequest agreement =
        post(
            base + "/api/v1/admin/agreements",
            admin,
            "{\"from\": \"mm-police\", \"to\": \"th-immigration\", \"categories\": [\"fraud\"]}");
    http.send(agreement, HttpResponse.BodyHandlers.ofString());
    String body =
        "{\"receiving\": \"th-immigration\", \"transport\": {\"mode\": \"on-foot\"},"
            + " \"date\": \"2025-10-23\", \"place\": \"Second Friendship Bridge\","
            + " \"actingPerson\": \"Pol. Maj. Aung\", \"persons\": [\""
            + String.join("\", \"", ids)
            + "\"]}";
    long start = System.nanoTime();
    JsonNode manifest = send(http, post(base + "/api/v1/casework/manifests", sender, body), 201);
    double created = (System.nanoTime() - start) / 1e9;
    StringBuilder items = new StringBuilder("{\"actingPerson\": \"Nok\", \"items\": [");
    for (int i = 0; i < ids.size(); i++) {
      items
          .append(i == 0 ? "" : ", ")
          .append("{\"person\": \"")
          .append(ids.get(i))
          .append("\", \"status\": \"accepted\"}");
    }
    items.append("]}");
    long decided = System.nanoTime();
    send(
        http,
        post(
            base + "/api/v1/casework/manifests/" + manifest.get("id").asString() + "/decisions",
            receiver,
            items.toString()),
        200);
    double accepted = (System.nanoTime() - decided) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "manifest of %,d people: created in %.2f s, all accepted in one request in %.2f s;"
            + " %.2f s in all; goal < 5 s: %s%n",
        ids.size(),
        created,
        accepted,
        created + accepted,
        created + accepted < 5 ? "met" : "NOT met");
    // the baseline: the same acceptances one request each, on a second manifest of the same people
    JsonNode second = send(http, post(base + "/api/v1/casework/manifests", sender, body), 201);
    int sample = Math.min(100, ids.size());
    long one = System.nanoTime();
    for (int i = 0; i < sample; i++) {
      send(
          http,
          post(
              base + "/api/v1/casework/manifests/" + second.get("id").asString() + "/decisions",
              receiver,
              "{\"actingPerson\": \"Nok\", \"items\": [{\"person\": \""
                  + ids.get(i)
                  + "\", \"status\": \"accepted\"}]}"),
          200);
    }
    double each = (System.nanoTime() - one) / 1e9 / sample * ids.size();
    System.out.printf(
        Locale.ROOT,
        "baseline: one request a person, %.1f s for %,d (extrapolated from %d); ratio %.1fx%n",
        each,
        ids.size(),
        sample,
        each / accepted);
  }

  private static void search(HttpClient http, String base, String key, int known, int searches)
      throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + 9);
    long[] latency = new long[searches];
    List<String> names = new ArrayList<>();
    List<org.mekong.core.input.@org.jspecify.annotations.Nullable PartialDate> dates =
        new ArrayList<>();
    int hits = 0;
    for (int q = 0; q < searches + 50; q++) {
      CaseworkPeople.Someone s = CaseworkPeople.known(SEED, random.nextInt(known));
      String name =
          q % 4 == 3 ? s.names().getLast() : SyntheticNames.variant(s.names().getFirst(), random);
      String url =
          base
              + "/api/v1/casework/persons?limit=20&name="
              + URLEncoder.encode(name, StandardCharsets.UTF_8)
              + (q % 2 == 0 && s.birthDate() != null ? "&birthDate=" + s.birthDate() : "");
      names.add(name);
      dates.add(
          q % 2 == 0 && s.birthDate() != null
              ? org.mekong.core.input.PartialDate.parse("birthDate", s.birthDate())
              : null);
      long t = System.nanoTime();
      JsonNode found = send(http, get(url, key), 200);
      if (q >= 50) { // the first 50 warm up
        latency[q - 50] = System.nanoTime() - t;
        hits += found.get("items").size();
      }
    }
    double mean = Arrays.stream(latency).average().orElse(0) / 1e6;
    Arrays.sort(latency);
    double p99 = latency[(int) (searches * 0.99)] / 1e6;
    System.out.printf(
        Locale.ROOT,
        "GET /persons by name (and birth date for half) among %,d: p50 %.1f ms, p99 %.1f ms,"
            + " mean %.1f ms, %,d hits; goal p99 < 50 ms: %s%n",
        known,
        latency[searches / 2] / 1e6,
        p99,
        mean,
        hits,
        p99 < 50 ? "met" : "NOT met");
    double linear = CaseworkIndexBench.linearSearchMillis(names, dates, known, 20_000);
    System.out.printf(
        Locale.ROOT,
        "search by linear scan, same comparator: %.0f ms a query (extrapolated from 20,000"
            + " people); ratio to the API's mean: %,.0fx%n",
        linear,
        linear / mean);
  }

  private static HttpRequest get(String url, String key) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + key)
        .timeout(Duration.ofMinutes(10))
        .GET()
        .build();
  }

  private static HttpRequest post(String url, String key, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + key)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static HttpRequest csv(String base, String key, String body) {
    return HttpRequest.newBuilder(URI.create(base + "/api/v1/casework/imports"))
        .header("Authorization", "Bearer " + key)
        .header("Content-Type", "text/csv")
        .timeout(Duration.ofMinutes(10))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static JsonNode send(HttpClient http, HttpRequest request, int expected)
      throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          request.uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  /**
   * The CPU time (user and system) the node's process has used, from {@code /proc} when the script
   * passes its process id as {@code -Dnode.pid}; -1 otherwise.
   */
}
