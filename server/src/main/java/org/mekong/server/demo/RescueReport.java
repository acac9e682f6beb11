package org.mekong.server.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.mekong.core.synthetic.RescuedPerson;
import org.mekong.core.synthetic.RescuedPerson.ConsentAnswer;
import org.mekong.core.synthetic.SyntheticRescue;
import org.mekong.server.demo.RescueStory.Flight;
import org.mekong.server.demo.RescueStory.Recorded;
import tools.jackson.databind.JsonNode;

/** What the rescue story prints: each step's outcome, and at the end what each node sees. */
final class RescueReport {

  private RescueReport() {}

  static void rescue(Consumer<String> out, List<RescuedPerson> people) {
    long kk = people.stream().filter(p -> p.compound().equals(SyntheticRescue.KK_PARK)).count();
    out.accept(
        "  Myanmar's node: "
            + people.size()
            + " people rescued, "
            + kk
            + " at "
            + SyntheticRescue.KK_PARK
            + " and "
            + (people.size() - kk)
            + " at "
            + SyntheticRescue.SHWE_KOKKO
            + " ("
            + SyntheticRescue.NATIONALITIES.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "))
            + "); "
            + people.stream().filter(RescuedPerson::reportedMissing).count()
            + " had been reported missing; "
            + people.stream().filter(p -> p.documents().isEmpty()).count()
            + " identified without a passport (the compound kept it)");
    out.accept(
        "  Myanmar's node: consent given by "
            + count(people, ConsentAnswer.GIVEN)
            + ", refused by "
            + count(people, ConsentAnswer.REFUSED)
            + ", overridden for "
            + count(people, ConsentAnswer.OVERRIDE)
            + " in hospital care ("
            + RescueRecords.OVERRIDE_BASIS
            + ")");
  }

  /** The bridge manifest as Thailand sees it after the decisions and the handovers. */
  static void bridge(Consumer<String> out, JsonNode manifest, List<Recorded> recorded) {
    out.accept(
        "  Thailand's node: accepted "
            + (RescueSteps.count(manifest, "accepted") + RescueSteps.count(manifest, "handed-over"))
            + " at the bridge (all handed over by Myanmar's police), refused "
            + RescueSteps.count(manifest, "refused")
            + " for identity mismatch: "
            + recorded.stream()
                .filter(r -> r.person().identityMismatch())
                .map(r -> r.person().latinName() + " (" + r.person().nationality().code() + ")")
                .collect(Collectors.joining(", ")));
  }

  static void determinations(
      Consumer<String> out, Map<String, Integer> verdicts, List<Recorded> recorded) {
    out.accept(
        "  Thailand's node: determinations "
            + verdicts
            + "; none for the "
            + recorded.stream().filter(r -> r.person().consent() == ConsentAnswer.REFUSED).count()
            + " people who refused consent: Thailand sees nothing of them");
  }

  /** Each node's own view at the end, read with its own agency's key. */
  static RescueStory.Told whatEachNodeSees(
      Consumer<String> out,
      RescueDesk myanmar,
      RescueDesk thailand,
      RescueDesk china,
      String bridge,
      List<Recorded> recorded,
      Map<String, Integer> verdicts,
      List<Flight> flights) {
    out.accept("  What each node sees:");
    Map<String, Integer> states = new TreeMap<>();
    RescueSteps.parallel(
            recorded,
            r -> myanmar.get("/api/v1/casework/cases/" + r.caseId()).path("state").asString())
        .forEach(state -> states.merge(state, 1, Integer::sum));
    out.accept(
        "    Myanmar's node ("
            + myanmar.node()
            + "): bridge manifest "
            + RescueSteps.progress(myanmar.get(RescueSteps.MANIFESTS + bridge))
            + "; its "
            + recorded.size()
            + " cases by state "
            + states);
    Map<String, Integer> seenByThailand =
        RescueSteps.progress(thailand.get(RescueSteps.MANIFESTS + bridge));
    Map<String, Integer> aboard = new LinkedHashMap<>();
    flights.forEach(f -> aboard.put(f.reference(), f.persons()));
    out.accept(
        "    Thailand's node ("
            + thailand.node()
            + "): bridge manifest "
            + seenByThailand
            + "; determinations "
            + verdicts
            + "; flights "
            + aboard);
    List<String> onFlights =
        flights.stream()
            .flatMap(
                f ->
                    china.get(RescueSteps.MANIFESTS + f.manifestId()).path("entries").valueStream())
            .map(e -> e.path("person").asString())
            .toList();
    int nationals =
        (int)
            RescueSteps.parallel(onFlights, id -> china.reads("/api/v1/casework/persons/" + id))
                .stream()
                .filter(b -> b)
                .count();
    List<Recorded> others =
        recorded.stream().filter(r -> !RescueFlights.chinese(r.person())).toList();
    int othersSeen =
        (int)
            RescueSteps.parallel(
                    others, r -> china.reads("/api/v1/casework/persons/" + r.personId()))
                .stream()
                .filter(b -> b)
                .count();
    boolean bridgeSeen = china.reads(RescueSteps.MANIFESTS + bridge);
    out.accept(
        "    China's node ("
            + china.node()
            + "): "
            + nationals
            + " of its nationals on "
            + flights.size()
            + " flights; "
            + (othersSeen == 0
                ? "nothing of the " + others.size() + " people of other nationalities"
                : othersSeen
                    + " of the "
                    + others.size()
                    + " people of other nationalities, as every law-enforcement agency of one"
                    + " node reads what consent allows (on a node of its own it reads none)")
            + (bridgeSeen ? "" : "; the bridge manifest is not its to read"));
    return new RescueStory.Told(
        true, null, bridge, seenByThailand, verdicts, List.copyOf(flights), nationals, othersSeen);
  }

  private static long count(List<RescuedPerson> people, ConsentAnswer answer) {
    return people.stream().filter(p -> p.consent() == answer).count();
  }
}
