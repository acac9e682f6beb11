package org.mekong.server.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mekong.core.border.mrz.Sex;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.ActionKind;
import org.mekong.core.legal.ActionOnHit;
import org.mekong.core.legal.ActionStatus;
import org.mekong.core.legal.BanStatus;
import org.mekong.core.legal.Change;
import org.mekong.core.legal.EntryBan;
import org.mekong.core.legal.Expulsion;
import org.mekong.core.legal.LegalAction;
import org.mekong.core.legal.Links;
import org.mekong.core.legal.Notice;
import org.mekong.core.legal.NoticeColour;
import org.mekong.core.legal.Organisation;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.TravelDocument;

/**
 * Every record read back from its stored JSON is the record that was written (seeded random records
 * of every kind; the seed is in the failure message).
 */
class LegalJsonRoundTripTest {

  private static final String[] NAMES = {
    "Saw Chit Thu", "王小红", "สมชาย ใจดี", "Aung Min", "စောချစ်သူ"
  };

  @Test
  void everyKindRoundTripsThroughItsStoredJson() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      Person person = person(random);
      Links links = links(random);
      LocalDate day =
          LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
      ActionKind kind = pick(random, ActionKind.values());
      LegalAction action =
          new LegalAction(
              kind,
              kind == ActionKind.ARREST || random.nextBoolean()
                  ? person
                  : new Organisation(List.of("Yatai Group"), "MMR", "R-1"),
              "C " + i,
              "Court",
              day,
              "Act s. " + i,
              pick(random, ActionStatus.values()),
              "assets and sentence " + i,
              links);
      Expulsion order =
          new Expulsion(
              person,
              "TM35 " + i,
              "Immigration",
              "Act",
              day,
              "MMR",
              "",
              random.nextBoolean() ? day : null,
              random.nextBoolean(),
              true,
              random.nextBoolean() ? UUID.randomUUID() : null,
              "",
              links);
      EntryBan ban =
          new EntryBan(
              person,
              "reason",
              "Immigration",
              "IB " + i,
              "fraud",
              day,
              random.nextBoolean() ? day.plusYears(5) : null,
              pick(random, ActionOnHit.values()),
              pick(random, BanStatus.values()),
              "weighed",
              "",
              links);
      Notice notice =
          Notice.draft(
              pick(random, NoticeColour.values()),
              person,
              "t",
              "s",
              "basis",
              null,
              "Li Wei",
              links);
      Clock clock = Clock.fixed(Instant.ofEpochSecond(1_800_000_000L + i, 123_000), ZoneOffset.UTC);
      if (random.nextBoolean()) {
        notice = ((Change.Done<Notice>) notice.approve("Zhang Min", "ok", clock)).record();
      }
      if (random.nextBoolean()) {
        notice = ((Change.Done<Notice>) notice.cancel("Zhang Min", "done", clock)).record();
      }
      String why = "seed " + seed + ", record " + i;
      assertThat(read(LegalKind.LEGAL_ACTION, new Decoded.Action(action)))
          .as(why)
          .isEqualTo(new Decoded.Action(action));
      assertThat(read(LegalKind.EXPULSION, new Decoded.Order(order)))
          .as(why)
          .isEqualTo(new Decoded.Order(order));
      assertThat(read(LegalKind.ENTRY_BAN, new Decoded.Ban(ban)))
          .as(why)
          .isEqualTo(new Decoded.Ban(ban));
      assertThat(read(LegalKind.NOTICE, new Decoded.Note(notice)))
          .as(why)
          .isEqualTo(new Decoded.Note(notice));
    }
  }

  private static Decoded read(LegalKind kind, Decoded record) {
    String stored = LegalStore.JSON.writeValueAsString(record.body());
    return Decoded.of(kind, LegalStore.JSON.readTree(stored));
  }

  private static Person person(Random random) {
    List<String> names = new ArrayList<>();
    for (int n = 0; n <= random.nextInt(3); n++) {
      names.add(pick(random, NAMES));
    }
    PartialDate born =
        switch (random.nextInt(4)) {
          case 0 -> null;
          case 1 -> new PartialDate(1970 + random.nextInt(30), 0, 0);
          case 2 -> new PartialDate(1970 + random.nextInt(30), 1 + random.nextInt(12), 0);
          default ->
              new PartialDate(
                  1970 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    Sex sex = random.nextBoolean() ? null : pick(random, Sex.values());
    return new Person(
        names,
        born,
        random.nextBoolean() ? null : pick(random, new String[] {"THA", "MMR", "CHN", "D", "XXA"}),
        sex,
        random.nextBoolean()
            ? List.of()
            : List.of(new TravelDocument("THA", "AA" + random.nextInt(1_000_000))));
  }

  private static Links links(Random random) {
    if (random.nextBoolean()) {
      return Links.NONE;
    }
    return new Links(
        List.of(new IndicatorId("indicator--" + UUID.randomUUID())),
        List.of("case 7 person 2"),
        List.of("KK Park"),
        List.of(UUID.randomUUID()));
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
