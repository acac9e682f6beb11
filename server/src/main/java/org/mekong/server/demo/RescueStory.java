package org.mekong.server.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.mekong.core.casework.Codes;
import org.mekong.core.synthetic.RescuedPerson;
import org.mekong.core.synthetic.SyntheticRescue;
import org.mekong.server.demo.RescueSteps.Stop;
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
  static final List<String> LURES = List.of("recruitment-lure");

  private final RescueDesk myanmar;
  private final RescueDesk thailand;
  private final RescueDesk china;
  private final long seed;
  private final Consumer<String> out;
  private final Duration wait;

  private RescueStory(
      RescueDesk myanmar,
      RescueDesk thailand,
      RescueDesk china,
      long seed,
      Consumer<String> out,
      Duration wait) {
    this.myanmar = myanmar;
    this.thailand = thailand;
    this.china = china;
    this.seed = seed;
    this.out = out;
    this.wait = wait;
  }

  /**
   * Tells the story of the people of {@code seed} across {@code nodes} (one, or each country's),
   * waiting up to 60 s for each record sent to another node.
   */
  public static Told tell(List<Credentials> nodes, long seed, Consumer<String> out) {
    return tell(nodes, seed, out, Duration.ofSeconds(60));
  }

  static Told tell(List<Credentials> nodes, long seed, Consumer<String> out, Duration wait) {
    var myanmar = RescueDesk.of(nodes, MYANMAR);
    var thailand = RescueDesk.of(nodes, THAILAND);
    var china = RescueDesk.of(nodes, CHINA);
    if (myanmar.isEmpty() || thailand.isEmpty() || china.isEmpty()) {
      return Told.notTold();
    }
    RescueStory story =
        new RescueStory(myanmar.get(), thailand.get(), china.get(), seed, out, wait);
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
        RescueSteps.step(
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
    RescueSteps.step(
        "recording the sites",
        () -> {
          RescueRecords.SITES.forEach(
              site ->
                  sites.put(
                      (String) site.get("name"),
                      myanmar.post("/api/v1/casework/sites", site).get("id").asString()));
          return sites;
        });
    List<RescuedPerson> people = SyntheticRescue.people(seed);
    List<Recorded> recorded =
        RescueSteps.step("recording the rescued people", () -> record(people, sites));
    RescueReport.rescue(out, people);
    // Across nodes only the people whose data may cross (consent or an override) are listed.
    List<Recorded> crossing =
        myanmar.node().equals(thailand.node())
            ? recorded
            : recorded.stream()
                .filter(r -> r.person().consent() != RescuedPerson.ConsentAnswer.REFUSED)
                .toList();
    String bridge =
        RescueSteps.step("sending the bridge manifest", () -> sendBridgeManifest(crossing));
    RescueSteps.arrived(thailand, bridge, "the manifest " + bridge + " to Thai Immigration", wait);
    JsonNode decided = RescueSteps.step("deciding at the bridge", () -> decide(crossing, bridge));
    RescueReport.bridge(out, decided, recorded);
    var verdicts = RescueSteps.step("recording determinations", () -> determine(recorded, decided));
    RescueReport.determinations(out, verdicts, recorded);
    return new RescueFlights(myanmar, thailand, china, out, wait)
        .fly(bridge, recorded, decided, verdicts);
  }

  /** Each person, their case up to identification and their consent, four at a time. */
  private List<Recorded> record(List<RescuedPerson> people, Map<String, String> sites) {
    return RescueSteps.parallel(
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
        RescueSteps.MANIFESTS + id + "/decisions",
        Map.of("actingPerson", RescueRecords.THAI_OFFICER, "items", items));
    long accepted = recorded.stream().filter(r -> !r.person().identityMismatch()).count();
    myanmar.until(
        RescueSteps.MANIFESTS + id,
        m -> RescueSteps.count(m, "accepted") == accepted,
        wait,
        "Thailand's decisions have not reached Myanmar's node");
    List<Map<String, Object>> handovers =
        recorded.stream()
            .filter(r -> !r.person().identityMismatch())
            .map(r -> Map.<String, Object>of("person", r.personId(), "status", "handed-over"))
            .toList();
    myanmar.post(
        RescueSteps.MANIFESTS + id + "/decisions",
        Map.of("actingPerson", RescueRecords.MYANMAR_OFFICER, "items", handovers));
    return thailand.until(
        RescueSteps.MANIFESTS + id,
        m -> RescueSteps.count(m, "handed-over") == accepted,
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
    RescueSteps.parallel(
        seen,
        r ->
            thailand.post(
                "/api/v1/casework/persons/" + r.personId() + "/determinations",
                RescueRecords.determination(r.person().verdict())));
    Map<String, Integer> verdicts = new LinkedHashMap<>();
    seen.forEach(r -> verdicts.merge(Codes.of(r.person().verdict()), 1, Integer::sum));
    return verdicts;
  }
}
