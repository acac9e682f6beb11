package org.mekong.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mekong.core.synthetic.RescuedPerson;
import org.mekong.core.synthetic.RescuedPerson.ConsentAnswer;
import org.mekong.core.synthetic.SyntheticRescue;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The rescue story on one node holding every demo agency: told through the casework API, the
 * numbers add up, consent is respected on the flights, and a node that has the story keeps it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RescueStoryTest {

  private static final long SEED = 20261128L;
  private static final List<RescuedPerson> PEOPLE = SyntheticRescue.people(SEED);
  private static Path dataDir;
  private static SeededNode seeded;

  @BeforeAll
  static void start() {
    dataDir = TestNodes.newDataDir();
    seeded = TestNodes.startSeeded(dataDir, Map.of());
  }

  @AfterAll
  static void stop() {
    seeded.node().close();
    TestNodes.deleteRecursively(dataDir);
  }

  @Test
  @Order(1)
  void aStepThatFailsPrintsOneLineAndNeverThrows() {
    Credentials good = seeded.credentials();
    List<Credentials.Entry> wrongKeys =
        good.agencies().stream()
            .map(
                e ->
                    new Credentials.Entry(
                        e.id(), e.name(), e.country(), e.kind(), "mk_wrong", e.id(), "x"))
            .toList();
    List<String> printed = new ArrayList<>();
    RescueStory.Told told =
        RescueStory.tell(
            List.of(new Credentials(good.baseUrl(), null, wrongKeys)),
            SEED,
            printed::add,
            Duration.ofSeconds(1));
    assertThat(told.stopped()).startsWith("reading Myanmar's sites failed");
    assertThat(printed).hasSize(1);
    assertThat(printed.getFirst()).endsWith("the rescue story stops here.");
  }

  @Test
  @Order(2)
  void aManifestThatHasNotArrivedStopsAfterTheBoundedWait() {
    RescueDesk thailand =
        RescueDesk.of(List.of(seeded.credentials()), "th-immigration").orElseThrow();
    String id = UUID.randomUUID().toString();
    assertThatThrownBy(
            () -> RescueSteps.arrived(thailand, id, "the manifest " + id, Duration.ofMillis(300)))
        .isInstanceOf(RescueSteps.Stop.class)
        .hasMessageContaining("has not reached the node of th-immigration within 0 s");
  }

  @Test
  @Order(3)
  void tellsTheStoryOnceAndTheNumbersAddUp() {
    List<String> printed = new ArrayList<>();
    RescueStory.Told told =
        RescueStory.tell(
            List.of(seeded.credentials()),
            SEED,
            line -> {
              printed.add(line);
              System.out.println(line);
            },
            Duration.ofSeconds(10));
    String story = String.join("\n", printed);
    assertThat(told.stopped()).as(story).isNull();
    assertThat(told.toldNow()).isTrue();

    long refused = PEOPLE.stream().filter(RescuedPerson::identityMismatch).count();
    assertThat(refused).isEqualTo(SyntheticRescue.IDENTITY_MISMATCHES);
    assertThat(told.bridge())
        .as(story)
        .containsEntry("refused", (int) refused)
        .as("those who refused consent are not listed")
        .containsEntry(
            "handed-over", (int) (SyntheticRescue.SIZE - SyntheticRescue.REFUSED_CONSENT - refused))
        .containsEntry("pending", 0)
        .containsEntry("accepted", 0);

    List<RescuedPerson> flown =
        PEOPLE.stream()
            .filter(RescueFlights::chinese)
            .filter(p -> !p.identityMismatch() && p.consent() != ConsentAnswer.REFUSED)
            .toList();
    assertThat(told.flights()).as(story).hasSize((flown.size() + 49) / 50);
    assertThat(told.flights().stream().mapToInt(RescueStory.Flight::persons).sum())
        .isEqualTo(flown.size());
    List<String> basis = new ArrayList<>();
    for (RescueStory.Flight flight : told.flights()) {
      assertThat(flight.persons()).isBetween(1, 50);
      assertThat(flight.progress()).containsEntry("handed-over", flight.persons());
      assertThat(flight.reference()).startsWith("CZ ");
      JsonNode manifest =
          seeded
              .http()
              .get("/api/v1/casework/manifests/" + flight.manifestId(), seeded.keyOf("cn-mps-afc"))
              .json();
      for (JsonNode entry : manifest.path("entries")) {
        assertThat(entry.path("details").path("nationalities").get(0).asString()).isEqualTo("CHN");
        basis.add(entry.path("disclosure").asString().replaceAll(":.*", ""));
      }
    }
    assertThat(basis)
        .as("listed only under consent or an override")
        .containsOnly("consent", "override");
    assertThat(basis).filteredOn("override"::equals).hasSize(1);
    assertThat(told.nationalsSeenByChina()).isEqualTo(flown.size());

    long withoutConsent = PEOPLE.stream().filter(p -> p.consent() == ConsentAnswer.REFUSED).count();
    assertThat(told.verdicts())
        .containsEntry("offender", SyntheticRescue.OFFENDERS)
        .containsEntry("undetermined", SyntheticRescue.UNDETERMINED)
        .containsEntry(
            "victim",
            (int)
                (SyntheticRescue.SIZE
                    - refused
                    - withoutConsent
                    - SyntheticRescue.OFFENDERS
                    - SyntheticRescue.UNDETERMINED));
    assertThat(story)
        .contains("Friendship Bridge", "CZ 6091", "refused consent", "repatriated=" + flown.size())
        .as("the refused at the bridge and those not listed stay identified in Myanmar")
        .contains("identified=" + (refused + SyntheticRescue.REFUSED_CONSENT));

    List<String> again = new ArrayList<>();
    assertThat(RescueStory.tell(List.of(seeded.credentials()), SEED, again::add).toldNow())
        .isFalse();
    assertThat(again)
        .containsExactly("Rescue story: Myanmar's node holds the rescue already; not told again.");
  }
}
