package org.mekong.server.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mekong.core.casework.Codes;
import org.mekong.core.synthetic.RescuedPerson;
import org.mekong.core.synthetic.SyntheticRescue;
import tools.jackson.databind.JsonNode;

/**
 * The demo's rescue-to-repatriation story, told through the casework API as the agencies would,
 * each on the node that hosts it: Myanmar's police record the rescue of 261 people at KK Park and
 * Shwe Kokko and send one manifest to Thai Immigration at the Friendship Bridge; Thailand accepts
 * most, refuses a few for identity mismatch and records determinations; China's MPS receives its
 * nationals who consented on flights of 50 ({@link RescueFlights}). Each node prints what it sees.
 * A Myanmar node that holds the compounds' sites already is left as it is; a step that fails or a
 * manifest that does not reach the receiving node stops the story with one line, never the demo.
 */
public final class RescueStory {

  /**
   * What the story did; empty when it was not told now.
   *
   * @param stopped why the story stopped early, or null when it was told to the end
   * @param bridge the progress of the bridge manifest as Thai Immigration sees it at the end
   * @param verdicts Thailand's determinations by verdict
   * @param flights the flights to China
   * @param nationalsSeenByChina the flights' people China's MPS reads
   * @param othersSeenByChina the people of other nationalities China's MPS reads
   */
  public record Told(
      boolean toldNow,
      @Nullable String stopped,
      @Nullable String bridgeManifest,
      Map<String, Integer> bridge,
      Map<String, Integer> verdicts,
      List<Flight> flights,
      int nationalsSeenByChina,
      int othersSeenByChina) {

    static Told notTold() {
      return new Told(false, null, null, Map.of(), Map.of(), List.of(), 0, 0);
    }
  }

  /** One flight to China: its number, its manifest, how many people it carries, its progress. */
  public record Flight(
      String reference, String manifestId, int persons, Map<String, Integer> progress) {}

  /** A person Myanmar's police recorded: the synthetic person, the person's and case's ids. */
  record Recorded(RescuedPerson person, String personId, String caseId) {}

  static final String MYANMAR = "mm-police";
  static final String THAILAND = "th-immigration";
  static final String CHINA = "cn-mps-afc";
  static final String MANIFESTS = "/api/v1/casework/manifests/";
  static final List<String> LURES = List.of("recruitment-lure");

  /** Stops the story: the step and why, printed as one line. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop(String line) {
      super(line, null, false, false);
    }
  }

  private final RescueDesk myanmar;
  private final RescueDesk thailand;
  private final RescueDesk china;
  private final Consumer<String> out;
  private final Duration wait;

  private RescueStory(
      RescueDesk myanmar,
      RescueDesk thailand,
      RescueDesk china,
      Consumer<String> out,
      Duration wait) {
    this.myanmar = myanmar;
    this.thailand = thailand;
    this.china = china;
    this.out = out;
    this.wait = wait;
  }

  /** Tells the story across {@code nodes} (one or each country's), waiting up to 60 s a record. */
  public static Told tell(List<Credentials> nodes, Consumer<String> out) {
    return tell(nodes, out, Duration.ofSeconds(60));
  }

  static Told tell(List<Credentials> nodes, Consumer<String> out, Duration wait) {
    var myanmar = RescueDesk.of(nodes, MYANMAR);
    var thailand = RescueDesk.of(nodes, THAILAND);
    var china = RescueDesk.of(nodes, CHINA);
    if (myanmar.isEmpty() || thailand.isEmpty() || china.isEmpty()) {
      return Told.notTold();
    }
    RescueStory story = new RescueStory(myanmar.get(), thailand.get(), china.get(), out, wait);
    try {
      return story.tell();
    } catch (Stop stop) {
      out.accept("  " + stop.getMessage() + "; the rescue story stops here.");
      return new Told(true, stop.getMessage(), null, Map.of(), Map.of(), List.of(), 0, 0);
    } catch (RuntimeException e) {
      out.accept("  the rescue story stopped: " + e.getMessage());
      return new Told(true, e.getMessage(), null, Map.of(), Map.of(), List.of(), 0, 0);
    }
  }

  private Told tell() {
    boolean told =
        step(
            "reading Myanmar's sites",
            () ->
                myanmar
                    .get("/api/v1/casework/sites")
                    .path("items")
                    .valueStream()
                    .anyMatch(s -> s.path("name").asString("").equals(SyntheticRescue.KK_PARK)));
    if (told) {
      out.accept("Rescue story: Myanmar's node holds the rescue already; not told again.");
      return Told.notTold();
    }
    out.accept("Rescue story (Myanmar's police -> Thai Immigration -> China's MPS):");
    Map<String, String> sites = new LinkedHashMap<>();
    step(
        "recording the sites",
        () -> {
          RescueRecords.SITES.forEach(
              site ->
                  sites.put(
                      (String) site.get("name"),
                      myanmar.post("/api/v1/casework/sites", site).get("id").asString()));
          return sites;
        });
    List<RescuedPerson> people = SyntheticRescue.people(RescueFlights.SEED);
    List<Recorded> recorded = step("recording the rescued people", () -> record(people, sites));
    RescueReport.rescue(out, people);
    String bridge = step("sending the bridge manifest", () -> sendBridgeManifest(recorded));
    arrived(thailand, bridge, "the manifest " + bridge + " to Thai Immigration", wait);
    JsonNode decided = step("deciding at the bridge", () -> decide(recorded, bridge));
    RescueReport.bridge(out, decided, recorded);
    var verdicts = step("recording determinations", () -> determine(recorded, decided));
    RescueReport.determinations(out, verdicts, recorded);
    return new RescueFlights(myanmar, thailand, china, out, wait)
        .fly(bridge, recorded, decided, verdicts);
  }

  /** Each person, their case up to identification and their consent, four at a time. */
  private List<Recorded> record(List<RescuedPerson> people, Map<String, String> sites) {
    return parallel(
        people,
        person -> {
          String personId =
              myanmar
                  .post("/api/v1/casework/persons", RescueRecords.person(person))
                  .get("id")
                  .asString();
          List<Map<String, Object>> events = RescueRecords.events(person, sites);
          String caseId =
              myanmar
                  .post(
                      "/api/v1/casework/cases",
                      Map.of("person", personId, "event", events.getFirst()))
                  .get("id")
                  .asString();
          for (Map<String, Object> event : events.subList(1, events.size())) {
            myanmar.post("/api/v1/casework/cases/" + caseId + "/events", event);
          }
          myanmar.post(
              "/api/v1/casework/persons/" + personId + "/consent", RescueRecords.consent(person));
          return new Recorded(person, personId, caseId);
        });
  }

  private String sendBridgeManifest(List<Recorded> recorded) {
    myanmar.agreeWith(THAILAND, LURES);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("receiving", THAILAND);
    manifest.put("transport", Map.of("mode", "on-foot", "reference", RescueRecords.BRIDGE));
    manifest.put("date", RescueRecords.BRIDGE_DATE);
    manifest.put("place", RescueRecords.BRIDGE + ", Myawaddy - Mae Sot");
    manifest.put("actingPerson", RescueRecords.MYANMAR_OFFICER);
    manifest.put("persons", recorded.stream().map(Recorded::personId).toList());
    String id = myanmar.post("/api/v1/casework/manifests", manifest).get("id").asString();
    out.accept(
        "  Myanmar's node: manifest "
            + id
            + " of "
            + recorded.size()
            + " people to "
            + THAILAND
            + " at the Friendship Bridge, on foot, "
            + RescueRecords.BRIDGE_DATE);
    return id;
  }

  /** The manifest as {@code desk} sees it once it has arrived; a stop after the bounded wait. */
  static JsonNode arrived(RescueDesk desk, String id, String what, Duration wait) {
    return desk.await(MANIFESTS + id, m -> true, wait)
        .orElseThrow(
            () ->
                new Stop(
                    what
                        + " has not reached the node of "
                        + desk.agency()
                        + " within "
                        + wait.toSeconds()
                        + " s (manifests across nodes arrive once casework travels between"
                        + " nodes)"));
  }

  /**
   * Thailand accepts everyone but the identity mismatches, Myanmar hands the accepted over; the
   * manifest as Thailand then sees it.
   */
  private JsonNode decide(List<Recorded> recorded, String id) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Recorded r : recorded) {
      items.add(
          r.person().identityMismatch()
              ? Map.of(
                  "person", r.personId(), "status", "refused", "reason", RescueRecords.MISMATCH)
              : Map.of("person", r.personId(), "status", "accepted"));
    }
    thailand.post(
        MANIFESTS + id + "/decisions",
        Map.of("actingPerson", RescueRecords.THAI_OFFICER, "items", items));
    long accepted = recorded.stream().filter(r -> !r.person().identityMismatch()).count();
    myanmar.until(
        MANIFESTS + id,
        m -> count(m, "accepted") == accepted,
        wait,
        "Thailand's decisions have not reached Myanmar's node");
    List<Map<String, Object>> handovers =
        recorded.stream()
            .filter(r -> !r.person().identityMismatch())
            .map(r -> Map.<String, Object>of("person", r.personId(), "status", "handed-over"))
            .toList();
    myanmar.post(
        MANIFESTS + id + "/decisions",
        Map.of("actingPerson", RescueRecords.MYANMAR_OFFICER, "items", handovers));
    return thailand.until(
        MANIFESTS + id,
        m -> count(m, "handed-over") == accepted,
        wait,
        "the handovers have not reached Thailand's node");
  }

  /**
   * Thailand's determinations of the people handed over whom it sees on the manifest (consent or an
   * override); by verdict.
   */
  private Map<String, Integer> determine(List<Recorded> recorded, JsonNode manifest) {
    Map<String, Recorded> byId = new LinkedHashMap<>();
    recorded.forEach(r -> byId.put(r.personId(), r));
    List<Recorded> seen =
        manifest
            .path("entries")
            .valueStream()
            .filter(e -> e.path("status").asString("").equals("handed-over"))
            .filter(e -> e.path("details").has("names"))
            .map(e -> byId.get(e.path("person").asString()))
            .filter(java.util.Objects::nonNull)
            .toList();
    parallel(
        seen,
        r ->
            thailand.post(
                "/api/v1/casework/persons/" + r.personId() + "/determinations",
                RescueRecords.determination(r.person().verdict())));
    Map<String, Integer> verdicts = new LinkedHashMap<>();
    seen.forEach(r -> verdicts.merge(Codes.of(r.person().verdict()), 1, Integer::sum));
    return verdicts;
  }

  static long count(JsonNode manifest, String status) {
    return manifest.path("progress").path(status).asLong();
  }

  static Map<String, Integer> progress(JsonNode manifest) {
    Map<String, Integer> progress = new LinkedHashMap<>();
    manifest
        .path("progress")
        .properties()
        .forEach(e -> progress.put(e.getKey(), e.getValue().asInt()));
    return progress;
  }

  /** Runs {@code work} on each item, four at a time, the results in the items' order. */
  static <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Runs one step; a failure stops the story with one line naming the step. */
  static <T> T step(String what, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (Stop stop) {
      throw stop;
    } catch (RuntimeException e) {
      throw new Stop(what + " failed: " + e.getMessage());
    }
  }
}
