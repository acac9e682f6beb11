package org.mekong.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Storing versions received from a partner: verbatim, idempotent by (id, version), newest current,
 * late older versions only in the history, every receiving agency kept and counted as a recipient.
 */
class ReceivedVersionsTest {

  private static final AgencyId ORIGINATOR = new AgencyId("kh-received");
  private static final AgencyId CCIB = new AgencyId("th-ccib");
  private static final AgencyId AMLO = new AgencyId("th-amlo");

  private static SeededNode seeded;
  private static IndicatorRegistry registry;
  private static JdbcClient jdbc;

  @BeforeAll
  static void aPartnersAgency() {
    seeded = TestNodes.shared();
    registry = seeded.node().bean(IndicatorRegistry.class);
    jdbc = seeded.node().bean(JdbcClient.class);
    AgencyDirectory directory = seeded.node().bean(AgencyDirectory.class);
    if (directory.find(ORIGINATOR.value()).isEmpty()) {
      directory.create(
          new Agency(ORIGINATOR, "KH police", new CountryCode("KH"), AgencyKind.LAW_ENFORCEMENT),
          "kh");
    }
  }

  @Test
  void theNewestVersionIsCurrentAndALateOlderOneOnlyJoinsTheHistory() {
    Indicator first = version(newId(), 1, Marking.of(Tlp.GREEN), false);
    Indicator second = next(first, false);
    Indicator third = next(second, true);
    assertThat(registry.receive(second, CCIB, "kh", "kh"))
        .isEqualTo(IndicatorRegistry.Reception.STORED);
    assertThat(registry.receive(first, CCIB, "kh", "kh"))
        .isEqualTo(IndicatorRegistry.Reception.STORED);
    assertThat(current(first.id())).isEqualTo(second);
    assertThat(registry.receive(third, CCIB, "kh", "th"))
        .isEqualTo(IndicatorRegistry.Reception.STORED);
    assertThat(current(first.id())).isEqualTo(third);
    assertThat(registry.receive(first, CCIB, "kh", "kh"))
        .isEqualTo(IndicatorRegistry.Reception.UNCHANGED);
    List<Indicator> history = registry.history(agency(CCIB), first.id()).versions();
    assertThat(history).containsExactly(third, second, first);
    StoredIndicator stored = seeded.node().bean(IndicatorFeed.class).find(first.id()).orElseThrow();
    assertThat(stored.provenance()).isEqualTo(new StoredIndicator.Provenance("kh", "th"));
  }

  @Test
  void anotherReceivingAgencyIsAddedWithoutANewVersionAndThenSeesAmber() {
    Indicator amber = version(newId(), 1, Marking.of(Tlp.AMBER), false);
    assertThat(registry.receive(amber, CCIB, "kh", "kh"))
        .isEqualTo(IndicatorRegistry.Reception.STORED);
    assertThat(registry.get(agency(CCIB), amber.id())).isPresent();
    assertThat(registry.get(agency(AMLO), amber.id())).isEmpty();
    long before = changeSeq(amber.id());
    assertThat(registry.receive(amber, AMLO, "kh", "kh"))
        .isEqualTo(IndicatorRegistry.Reception.UNCHANGED);
    assertThat(registry.get(agency(AMLO), amber.id())).isPresent();
    assertThat(changeSeq(amber.id()))
        .as("the watch list hears of the new receiver")
        .isGreaterThan(before);
    assertThat(
            jdbc.sql("SELECT count(*) FROM indicator_version WHERE id = ?")
                .param(amber.id().value())
                .query(Long.class)
                .single())
        .isEqualTo(1);
    long after = changeSeq(amber.id());
    assertThat(registry.receive(amber, AMLO, "kh", "kh"))
        .isEqualTo(IndicatorRegistry.Reception.UNCHANGED);
    assertThat(changeSeq(amber.id())).as("a repeat changes nothing").isEqualTo(after);
  }

  @Test
  void anIdThatClashesWithAnotherIndicatorIsAConflict() {
    Indicator original = version(newId(), 1, Marking.of(Tlp.GREEN), false);
    registry.receive(original, CCIB, "kh", "kh");
    Indicator sameSelectorOtherId =
        new Indicator(
            newId(),
            original.selector(),
            original.categories(),
            original.confidence(),
            original.marking(),
            ORIGINATOR,
            original.validFrom(),
            null,
            null,
            List.of(),
            original.created(),
            original.modified(),
            1,
            false);
    assertThat(registry.receive(sameSelectorOtherId, CCIB, "kh", "kh"))
        .isEqualTo(IndicatorRegistry.Reception.CONFLICT);
  }

  private static Indicator current(IndicatorId id) {
    return seeded.node().bean(IndicatorFeed.class).find(id).orElseThrow().indicator();
  }

  private static long changeSeq(IndicatorId id) {
    return seeded.node().bean(IndicatorFeed.class).find(id).orElseThrow().changeSeq();
  }

  private static Agency agency(AgencyId id) {
    return seeded.node().bean(AgencyDirectory.class).find(id.value()).orElseThrow();
  }

  private static IndicatorId newId() {
    return new IndicatorId("indicator--" + UUID.randomUUID());
  }

  private static Indicator next(Indicator previous, boolean revoked) {
    return new Indicator(
        previous.id(),
        previous.selector(),
        previous.categories(),
        previous.confidence() + 1,
        previous.marking(),
        previous.originator(),
        previous.validFrom(),
        null,
        null,
        List.of(),
        previous.created(),
        previous.modified().plusSeconds(1),
        previous.version() + 1,
        revoked);
  }

  private static Indicator version(IndicatorId id, int number, Marking marking, boolean revoked) {
    String phone = "+86137" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    Selector selector = ((Parsed.Valid) Selectors.parse(phone, null, null)).selector();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return new Indicator(
        id,
        selector,
        Set.of(Category.FRAUD_INVESTMENT),
        50,
        marking,
        ORIGINATOR,
        now,
        null,
        null,
        List.of(),
        now,
        now,
        number,
        revoked);
  }
}
