package org.mekong.server.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The demo's sanctions list: a few of the region's public designations (the Karen National Army,
 * Saw Chit Thu and his sons, She Zhijiang, the Prince Group and Chen Zhi, the Huione Group) written
 * as FollowTheMoney lines in Latin script, as the designating governments' announcements spell them
 * (aliases only where the announcements give them), imported through the names API; then two names
 * in other scripts are screened against it.
 */
public final class DemoSanctions {

  /** The list's name on the node. */
  public static final String LIST = "demo-designations";

  /** The list, one FtM entity a line. */
  static final List<String> LINES =
      List.of(
          organization(
              "kna", "Organization", "Karen National Army", "KNA", "Karen Border Guard Force"),
          person("saw-chit-thu", "Saw Chit Thu", "mm"),
          person("saw-htoo-eh-moo", "Saw Htoo Eh Moo", "mm"),
          person("saw-chit-chit", "Saw Chit Chit", "mm"),
          person("she-zhijiang", "She Zhijiang", "cn"),
          organization("prince-group", "Company", "Prince Group", "Prince Holding Group", ""),
          person("chen-zhi", "Chen Zhi", "kh"),
          organization("huione-group", "Company", "Huione Group", "", ""));

  /** Names screened to show a hit across scripts: She Zhijiang in Han, Saw Chit Thu in Thai. */
  static final List<String> SHOWCASE = List.of("佘智江", "ซอ ชิต ตู");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private DemoSanctions() {}

  /**
   * Imports the list as {@code agencyKey}'s agency (TLP:CLEAR: the designations are public), then
   * screens {@link #SHOWCASE} as {@code screeningKey}'s client; returns what to print.
   */
  public static List<String> load(String baseUrl, String agencyKey, String screeningKey) {
    NodeApi api = new NodeApi(baseUrl);
    waitForIndex(api, agencyKey);
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(baseUrl + "/api/v1/names/lists/" + LIST + "/entities:import?tlp=clear"))
            .header("Authorization", "Bearer " + agencyKey)
            .header("Content-Type", "application/x-ndjson")
            .timeout(Duration.ofMinutes(1))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    String.join("\n", LINES), StandardCharsets.UTF_8))
            .build();
    JsonNode report;
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the names import answered " + response.statusCode());
      }
      report = NodeApi.JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot import the demo designations: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while importing the demo designations", e);
    }
    List<String> out = new ArrayList<>();
    out.add("  sanctions list '" + LIST + "': " + report.get("stored").asInt() + " designations");
    for (String name : SHOWCASE) {
      JsonNode answer =
          api.postOk(
                  "/api/v1/names/screen",
                  screeningKey,
                  Map.of(
                      "queries",
                      Map.of(
                          "q",
                          Map.of("schema", "Person", "properties", Map.of("name", List.of(name))))))
              .get("responses")
              .get("q");
      JsonNode best = answer.get("results").isEmpty() ? null : answer.get("results").get(0);
      out.add(
          best == null
              ? "  screening " + name + ": no match"
              : "  screening %s: %s %s (score %s) - %s"
                  .formatted(
                      name,
                      best.get("match").asBoolean() ? "HIT" : "near",
                      best.get("entity").get("names").get(0).asString(),
                      best.get("score").asString(),
                      best.get("explanation").asString()));
    }
    return out;
  }

  private static void waitForIndex(NodeApi api, String key) {
    for (int i = 0; i < 600; i++) {
      NodeApi.Answer status = api.get("/api/v1/names/status", key);
      if (status.ok() && status.json().get("ready").asBoolean()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static String person(String id, String name, String nationality) {
    return ("{\"id\":\"mekong-demo-%s\",\"schema\":\"Person\",\"properties\":{\"name\":[\"%s\"],"
            + "\"nationality\":[\"%s\"]},\"datasets\":[\"%s\"]}")
        .formatted(id, name, nationality, LIST);
  }

  private static String organization(
      String id, String schema, String name, String alias, String secondAlias) {
    String aliases =
        alias.isEmpty()
            ? ""
            : secondAlias.isEmpty()
                ? "\"" + alias + "\""
                : "\"%s\",\"%s\"".formatted(alias, secondAlias);
    return ("{\"id\":\"mekong-demo-%s\",\"schema\":\"%s\",\"properties\":{\"name\":[\"%s\"],"
            + "\"alias\":[%s]},\"datasets\":[\"%s\"]}")
        .formatted(id, schema, name, aliases, LIST);
  }
}
