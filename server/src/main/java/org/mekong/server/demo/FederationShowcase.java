package org.mekong.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * What the three-node demo shows: China's anti-fraud centre publishes one indicator at each
 * marking, the partners pull what their agreements and the markings allow, and a revocation on
 * China's node reaches every node that holds the indicator. Everything is read back through each
 * agency's own API key on its own node, so the table printed is what each agency really sees.
 */
public final class FederationShowcase {

  /** One published example: what it is and its id. */
  public record Example(String label, String id) {}

  /** Who is asked: an agency on its node. */
  record Viewer(String node, String agency) {}

  static final String PUBLISHER = "cn-mps-afc";

  static final List<Viewer> VIEWERS =
      List.of(
          new Viewer("cn", "cn-mps-afc"),
          new Viewer("mm", "mm-police"),
          new Viewer("th", "th-ccib"),
          new Viewer("th", "th-immigration"),
          new Viewer("th", "th-chaophraya-mobile"));

  /** Where the examples' ids are kept, so that a restarted demo shows them again. */
  public static final String EXAMPLES_FILE = "federation-examples.json";

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final DemoFederation federation;
  private final Consumer<String> out;

  public FederationShowcase(DemoFederation federation, Consumer<String> out) {
    this.federation = federation;
    this.out = out;
  }

  /**
   * Publishes the examples on China's node and returns them: TLP:GREEN (every agency), TLP:AMBER
   * under China's agreements (Thai and Myanmar police, and the Thai operator as a client of the
   * Thai police), TLP:AMBER+STRICT (the Thai police only: the agreement with Myanmar stops at
   * AMBER) and TLP:RED naming Myanmar's police.
   */
  public List<Example> publish(Path dataDir) {
    DemoFederation.Member china = federation.member("cn");
    NodeApi api = new NodeApi(china.baseUrl());
    String key = china.keyOf(PUBLISHER);
    List<Example> examples = new ArrayList<>();
    examples.add(
        publish(
            api,
            key,
            "green   recruitment-lure phone",
            indicator("phone", "+95 9 420 010 001", "recruitment-lure", "green")));
    examples.add(
        publish(
            api,
            key,
            "amber   fake-police phone",
            indicator("phone", "+66 2 555 0190", "fraud.impersonation.authority", "amber")));
    examples.add(
        publish(
            api,
            key,
            "amber+strict investment site",
            indicator("domain", "mekong-yield.example.com", "fraud.investment", "amber+strict")));
    Map<String, Object> red = indicator("phone", "+95 9 420 020 002", "fraud.romance", "red");
    red.put("recipients", List.of("mm-police"));
    examples.add(publish(api, key, "red     romance-scam phone for mm-police", red));
    try {
      Files.writeString(
          dataDir.resolve(EXAMPLES_FILE),
          NodeApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(examples));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataDir.resolve(EXAMPLES_FILE), e);
    }
    return examples;
  }

  /** The examples an earlier run published, or none. */
  public List<Example> examplesOf(Path dataDir) {
    Path file = dataDir.resolve(EXAMPLES_FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<Example> examples =
          NodeApi.JSON.readValue(file.toFile(), new TypeReference<List<Example>>() {});
      return examples.size() == 4 ? examples : List.of();
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  /** Waits until the partners' pulls have brought the examples over, then prints who sees what. */
  public void showWhoSeesWhat(List<Example> examples) {
    waitUntil(
        () ->
            sees(new Viewer("th", "th-ccib"), examples.get(2).id())
                && sees(new Viewer("mm", "mm-police"), examples.get(3).id()),
        "the partners to pull the examples");
    out.accept("Who sees China's examples, each agency asked on its own node:");
    StringBuilder header = new StringBuilder(String.format("  %-40s", ""));
    for (Viewer viewer : VIEWERS) {
      header.append(String.format(" %-22s", viewer.agency() + "@" + viewer.node()));
    }
    out.accept(header.toString());
    for (Example example : examples) {
      StringBuilder row = new StringBuilder(String.format("  %-40s", example.label()));
      for (Viewer viewer : VIEWERS) {
        JsonNode seen = indicatorAt(viewer, example.id());
        String cell =
            seen == null
                ? "-"
                : seen.path("revoked").asBoolean(false) ? "sees it, revoked" : "sees it";
        row.append(String.format(" %-22s", cell));
      }
      out.accept(row.toString());
    }
  }

  /** Revokes the TLP:AMBER example on China's node and reports when each partner has it revoked. */
  public void showRevocation(List<Example> examples) {
    Example amber = examples.get(1);
    DemoFederation.Member china = federation.member("cn");
    Instant start = Instant.now();
    new NodeApi(china.baseUrl())
        .postOk("/api/v1/indicators/" + amber.id() + "/revoke", china.keyOf(PUBLISHER), Map.of());
    for (Viewer viewer : List.of(new Viewer("mm", "mm-police"), new Viewer("th", "th-ccib"))) {
      waitUntil(() -> revoked(viewer, amber.id()), "the revocation to reach " + viewer.node());
      out.accept(
          "  revoked on cn; "
              + viewer.agency()
              + "@"
              + viewer.node()
              + " sees it revoked after "
              + Duration.between(start, Instant.now()).toMillis()
              + " ms");
    }
  }

  private static Map<String, Object> indicator(
      String type, String value, String category, String tlp) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("value", value);
    body.put("categories", List.of(category));
    body.put("confidence", 80);
    body.put("tlp", tlp);
    body.put("description", "Federation demo example (" + tlp + ")");
    return body;
  }

  private static Example publish(NodeApi api, String key, String label, Map<String, Object> body) {
    JsonNode created = api.postOk("/api/v1/indicators", key, body);
    return new Example(label, created.path("indicator").path("id").asString());
  }

  private boolean sees(Viewer viewer, String id) {
    return indicatorAt(viewer, id) != null;
  }

  private boolean revoked(Viewer viewer, String id) {
    JsonNode indicator = indicatorAt(viewer, id);
    return indicator != null && indicator.path("revoked").asBoolean(false);
  }

  private @org.jspecify.annotations.Nullable JsonNode indicatorAt(Viewer viewer, String id) {
    DemoFederation.Member member = federation.member(viewer.node());
    NodeApi.Answer answer =
        new NodeApi(member.baseUrl())
            .get("/api/v1/indicators/" + id, member.keyOf(viewer.agency()));
    return answer.ok() ? answer.json() : null;
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
    Instant deadline = Instant.now().plus(PATIENCE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("gave up waiting for " + what + " after " + PATIENCE);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + what, e);
      }
    }
  }
}
