package org.mekong.core.synthetic;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mekong.core.selector.Selector;

/**
 * A day of the Thai operator's call records ({@code cdr}): its subscribers calling each other,
 * other Thai networks and abroad, calls coming in, and the planted call centre: its numbers, all in
 * one SIM box at one cell near the border, calling hundreds of distinct victims (mostly in China)
 * in office hours with short calls, and some victims calling back.
 */
final class CallRecords {

  static final String HEADER = "a_number,b_number,imei,imsi,cell,start,duration";

  /** The operator's subscribers: numbers 0 .. SUBSCRIBERS-1 of the unlisted Thai numbers. */
  private static final long SUBSCRIBERS = 150_000;

  /** Other Thai networks' numbers follow the subscribers' among the unlisted Thai numbers. */
  private static final long OTHER_THAI = 1_000_000;

  /** Foreign numbers per region; the call centre's Chinese victims are numbered after them. */
  private static final long FOREIGN = 200_000;

  private static final int SIMBOX_MODULES = 3;
  private static final long SIMBOX_CELL = 3_777;
  private static final int MAX_CALLS_PER_NUMBER = 300;
  private static final Weighted<PhoneRegion> ABROAD =
      Weighted.of(
          PhoneRegion.CN,
          30,
          PhoneRegion.MM,
          20,
          PhoneRegion.KH,
          12,
          PhoneRegion.LA,
          12,
          PhoneRegion.MY,
          10,
          PhoneRegion.VN,
          8,
          PhoneRegion.PH,
          8);

  private final TrafficIdentities people;
  private final RandomGenerator random;
  private final LocalDate day;
  private final List<Selector> centre;
  private final List<String> centreNumbers = new ArrayList<>();
  private final Permutation thaiVictims;

  CallRecords(long seed, LocalDate day) {
    this.people = new TrafficIdentities(seed);
    this.random = new SplittableRandom(Permutation.mix64(seed ^ 0x43445273L ^ day.toEpochDay()));
    this.day = day;
    this.centre =
        PlantedCases.of(seed).callCentrePhones().stream().map(PublishedItem::selector).toList();
    for (Selector phone : centre) {
      centreNumbers.add(phone.canonical().substring(3)); // +66 and the national number
    }
    this.thaiVictims = new Permutation(SUBSCRIBERS, random);
  }

  TrafficTruth write(int rows, Appendable out) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("rows are not negative: " + rows);
    }
    int from = DailyCurve.CALLS.firstRowFrom(9, rows);
    int to = Math.max(from, DailyCurve.CALLS.endRowBefore(18, rows));
    int perNumber = Math.min(MAX_CALLS_PER_NUMBER, rows / 40);
    Selection planted =
        new Selection(Math.min(to - from, (long) perNumber * centre.size()), to - from);
    long[] hits = new long[centre.size()];
    long[] victims = new long[centre.size()];
    long plantedSoFar = 0;
    out.append(HEADER).append('\n');
    StringBuilder line = new StringBuilder(128);
    for (int row = 0; row < rows; row++) {
      Instant start = DailyCurve.CALLS.at(day, row, rows, random);
      line.setLength(0);
      if (row >= from && row < to && planted.next(random)) {
        int number = (int) (plantedSoFar % centre.size());
        boolean callback = victims[number] > 5 && random.nextInt(10) == 0;
        long victim = callback ? random.nextLong(victims[number]) : victims[number]++;
        scam(line, number, plantedSoFar, victim, callback, start);
        hits[number]++;
        plantedSoFar++;
      } else {
        ordinary(line, start);
      }
      out.append(line).append('\n');
    }
    List<TrafficTruth.Planted> truth = new ArrayList<>();
    for (int i = 0; i < centre.size(); i++) {
      truth.add(new TrafficTruth.Planted(centre.get(i), hits[i], victims[i]));
    }
    return new TrafficTruth("cdr", rows, truth);
  }

  private void ordinary(StringBuilder line, Instant start) {
    long subscriber = (long) (SUBSCRIBERS * Math.pow(random.nextDouble(), 1.6));
    String own =
        TrafficIdentities.spell(PhoneRegion.TH, people.mobile(PhoneRegion.TH, subscriber), random);
    String other = counterpart();
    String cell =
        TrafficIdentities.cell(
            random.nextInt(5) == 0 ? random.nextLong() : people.hash(200, subscriber));
    boolean incoming = random.nextInt(100) < 15;
    if (incoming) {
      record(line, other, own, "", "", cell, start, duration());
    } else {
      record(
          line,
          own,
          other,
          people.imei(subscriber),
          people.imsi(subscriber),
          cell,
          start,
          duration());
    }
  }

  /** Another subscriber, another Thai network's number or a number abroad. */
  private String counterpart() {
    int r = random.nextInt(100);
    if (r < 55) {
      return TrafficIdentities.spell(
          PhoneRegion.TH, people.mobile(PhoneRegion.TH, random.nextLong(SUBSCRIBERS)), random);
    } else if (r < 92) {
      long index = SUBSCRIBERS + random.nextLong(OTHER_THAI);
      return TrafficIdentities.spell(PhoneRegion.TH, people.mobile(PhoneRegion.TH, index), random);
    }
    PhoneRegion region = ABROAD.pick(random);
    return TrafficIdentities.spell(region, people.mobile(region, random.nextLong(FOREIGN)), random);
  }

  private void scam(
      StringBuilder line, int number, long k, long victim, boolean callback, Instant start) {
    String scammer = TrafficIdentities.spell(PhoneRegion.TH, centreNumbers.get(number), random);
    String imei = TrafficIdentities.simBoxImei((int) (k % SIMBOX_MODULES));
    String imsi = people.imsi(SUBSCRIBERS * 10 + number);
    String cell = TrafficIdentities.cell(SIMBOX_CELL);
    boolean thai = Math.floorMod(Permutation.mix64(victim * 31 + number), 5) == 0;
    if (thai) {
      long subscriber = thaiVictims.apply((victim * centre.size() + number) % SUBSCRIBERS);
      String target =
          TrafficIdentities.spell(
              PhoneRegion.TH, people.mobile(PhoneRegion.TH, subscriber), random);
      if (callback) {
        record(
            line,
            target,
            scammer,
            people.imei(subscriber),
            people.imsi(subscriber),
            TrafficIdentities.cell(people.hash(200, subscriber)),
            start,
            20 + random.nextInt(580));
      } else {
        record(line, scammer, target, imei, imsi, cell, start, scamDuration());
      }
    } else {
      long index = FOREIGN + victim * centre.size() + number;
      String target =
          TrafficIdentities.spell(PhoneRegion.CN, people.mobile(PhoneRegion.CN, index), random);
      if (callback) {
        record(line, target, scammer, "", "", cell, start, 20 + random.nextInt(580));
      } else {
        record(line, scammer, target, imei, imsi, cell, start, scamDuration());
      }
    }
  }

  private int duration() {
    if (random.nextInt(100) < 12) {
      return 0;
    }
    return (int) Math.min(7_200, Math.round(Math.exp(3.9 + 1.1 * random.nextGaussian())));
  }

  /** Mostly rejected or hung up within seconds; now and then a victim listens for long. */
  private int scamDuration() {
    int r = random.nextInt(100);
    if (r < 50) {
      return 0;
    } else if (r < 88) {
      return 3 + random.nextInt(40);
    }
    return 120 + random.nextInt(1_400);
  }

  private static void record(
      StringBuilder line,
      String a,
      String b,
      String imei,
      String imsi,
      String cell,
      Instant start,
      int duration) {
    line.append(a)
        .append(',')
        .append(b)
        .append(',')
        .append(imei)
        .append(',')
        .append(imsi)
        .append(',')
        .append(cell)
        .append(',')
        .append(start)
        .append(',')
        .append(duration);
  }
}
