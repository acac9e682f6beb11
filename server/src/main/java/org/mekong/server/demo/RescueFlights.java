package org.mekong.server.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mekong.core.synthetic.RescuedPerson;
import org.mekong.server.demo.RescueStory.Flight;
import org.mekong.server.demo.RescueStory.Recorded;
import tools.jackson.databind.JsonNode;

/**
 * The second half of the rescue story: Thai Immigration lists the Chinese nationals it sees (those
 * who consented, or under an override) on flights of 50 from Mae Sot to Nanjing; China's MPS
 * accepts each flight, Thailand hands the people over and records their return on each case (its
 * copy of Myanmar's case when nodes are apart), which Myanmar's node then sees; then each node says
 * what it sees.
 */
final class RescueFlights {

  /** The most people one flight carries. */
  static final int FLIGHT_SIZE = 50;

  private static final String CHINESE = "CHN";
  private static final LocalDate FIRST_FLIGHT = LocalDate.parse(RescueRecords.BRIDGE_DATE);

  private final RescueDesk myanmar;
  private final RescueDesk thailand;
  private final RescueDesk china;
  private final Consumer<String> out;
  private final Duration wait;

  RescueFlights(
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

  RescueStory.Told fly(
      String bridge, List<Recorded> recorded, JsonNode decided, Map<String, Integer> verdicts) {
    Map<String, Recorded> byId = new HashMap<>();
    recorded.forEach(r -> byId.put(r.personId(), r));
    List<String> nationals = new ArrayList<>();
    for (JsonNode entry : decided.path("entries")) {
      if (entry.path("status").asString("").equals("handed-over")
          && entry
              .path("details")
              .path("nationalities")
              .valueStream()
              .anyMatch(n -> n.asString("").equals(CHINESE))) {
        nationals.add(entry.path("person").asString());
      }
    }
    long unseen =
        recorded.stream()
            .filter(r -> !r.person().identityMismatch())
            .filter(r -> r.person().nationality().code().equals(CHINESE))
            .filter(r -> !nationals.contains(r.personId()))
            .count();
    RescueSteps.step(
        "agreeing with China's MPS",
        () -> {
          thailand.agreeWith(RescueStory.CHINA, RescueStory.LURES);
          return true;
        });
    List<Flight> flights = new ArrayList<>();
    for (int i = 0; i * FLIGHT_SIZE < nationals.size(); i++) {
      List<String> aboard =
          nationals.subList(i * FLIGHT_SIZE, Math.min(nationals.size(), (i + 1) * FLIGHT_SIZE));
      int number = i;
      flights.add(RescueSteps.step("flight " + (i + 1), () -> fly(number, aboard, byId)));
    }
    out.accept(
        "  Thailand's node: "
            + unseen
            + " Chinese nationals are on no flight manifest: they refused consent, so no data of"
            + " theirs reached Thai Immigration to list");
    return RescueReport.whatEachNodeSees(
        out, myanmar, thailand, china, bridge, recorded, verdicts, flights);
  }

  /** One flight: listed by Thailand, accepted by China, handed over, each person's return. */
  private Flight fly(int number, List<String> aboard, Map<String, Recorded> byId) {
    String reference = "CZ " + (6091 + 2 * number);
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("receiving", RescueStory.CHINA);
    manifest.put("transport", Map.of("mode", "flight", "reference", reference));
    manifest.put("date", FIRST_FLIGHT.plusDays(number).toString());
    manifest.put("place", "Mae Sot Airport (MAQ) -> Nanjing Lukou (NKG)");
    manifest.put("actingPerson", RescueRecords.THAI_OFFICER);
    manifest.put("persons", aboard);
    String id = thailand.post("/api/v1/casework/manifests", manifest).get("id").asString();
    out.accept(
        "  Thailand's node: flight "
            + reference
            + " Mae Sot -> Nanjing on "
            + manifest.get("date")
            + ": "
            + aboard.size()
            + " Chinese nationals (manifest "
            + id
            + ")");
    RescueSteps.arrived(china, id, "flight " + reference + "'s manifest", wait);
    china.post(
        RescueSteps.MANIFESTS + id + "/decisions",
        Map.of("actingPerson", RescueRecords.CHINESE_OFFICER, "items", items(aboard, "accepted")));
    thailand.until(
        RescueSteps.MANIFESTS + id,
        m -> RescueSteps.count(m, "accepted") == aboard.size(),
        wait,
        "China's acceptance of " + reference + " has not reached Thailand");
    thailand.post(
        RescueSteps.MANIFESTS + id + "/decisions",
        Map.of("actingPerson", RescueRecords.THAI_OFFICER, "items", items(aboard, "handed-over")));
    china.until(
        RescueSteps.MANIFESTS + id,
        m -> RescueSteps.count(m, "handed-over") == aboard.size(),
        wait,
        "the handover of " + reference + " has not reached China");
    Map<String, Integer> progress = RescueSteps.progress(china.get(RescueSteps.MANIFESTS + id));
    out.accept(
        "  China's node: accepted "
            + reference
            + ", "
            + progress.getOrDefault("handed-over", 0)
            + " handed over by Thai Immigration at Mae Sot");
    String at = Instant.now().toString();
    List<String> cases = new ArrayList<>();
    for (String person : aboard) {
      Recorded r = byId.get(person);
      if (r == null) {
        throw new IllegalStateException("a person not recorded by the story is aboard");
      }
      cases.add(r.caseId());
    }
    RescueSteps.parallel(
        cases,
        c ->
            thailand.post(
                "/api/v1/casework/cases/" + c + "/events", RescueRecords.repatriated(at)));
    RescueSteps.parallel(
        cases,
        c ->
            myanmar.until(
                "/api/v1/casework/cases/" + c,
                k -> k.path("state").asString("").equals("repatriated"),
                wait,
                "Thai Immigration's record of the return on "
                    + reference
                    + " has not reached"
                    + " Myanmar"));
    out.accept(
        "  Thailand's node: Thai Immigration marked each case of "
            + reference
            + " repatriated to CN; Myanmar's node sees its "
            + cases.size()
            + " cases repatriated");
    return new Flight(reference, id, aboard.size(), progress);
  }

  private static List<Map<String, Object>> items(List<String> persons, String status) {
    return persons.stream()
        .map(p -> Map.<String, Object>of("person", p, "status", status))
        .toList();
  }

  /** Whether {@code person} is a Chinese national. */
  static boolean chinese(RescuedPerson person) {
    return person.nationality().code().equals(CHINESE);
  }
}
