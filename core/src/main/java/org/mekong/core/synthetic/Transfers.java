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
 * A day of the demo bank's transfers ({@code transfers}): its customers paying accounts at other
 * Thai banks, each other and abroad, and being paid; and the planted mule accounts, each paid round
 * sums by many distinct customers of the bank (the call centre's victims), then passing the money
 * on to crypto wallets as USDT late in the day.
 */
final class Transfers {

  static final String HEADER = "payer,payee,amount,currency,executed_at";

  /** The bank's customers: unlisted Thai accounts 0 .. CUSTOMERS-1, at the bank's BIC. */
  private static final long CUSTOMERS = 100_000;

  /** Accounts at other Thai banks follow the customers' among the unlisted Thai accounts. */
  private static final long OTHER_ACCOUNTS = 1_000_000;

  private static final long FOREIGN_ACCOUNTS = 50_000;
  private static final int MAX_PAYERS_PER_MULE = 40;
  private static final int ONWARD_PER_MULE = 3;
  private static final long[] ROUND_SUMS = {
    1_000, 2_000, 3_000, 5_000, 5_000, 8_000, 9_900, 10_000, 10_000, 15_000, 20_000, 20_000, 25_000,
    30_000, 49_000, 50_000, 50_000, 80_000, 100_000, 150_000, 200_000, 300_000
  };

  private final TrafficIdentities people;
  private final RandomGenerator random;
  private final LocalDate day;
  private final List<Selector> mules;
  private final List<String> muleAccounts = new ArrayList<>();
  private final Permutation victims;

  Transfers(long seed, LocalDate day) {
    this.people = new TrafficIdentities(seed);
    this.random = new SplittableRandom(Permutation.mix64(seed ^ 0x5472616e73L ^ day.toEpochDay()));
    this.day = day;
    this.mules =
        PlantedCases.of(seed).muleAccounts().stream().map(PublishedItem::selector).toList();
    for (Selector mule : mules) {
      muleAccounts.add(mule.canonical());
    }
    this.victims = new Permutation(CUSTOMERS, random);
  }

  TrafficTruth write(int rows, Appendable out) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("rows are not negative: " + rows);
    }
    int payersPerMule = Math.min(MAX_PAYERS_PER_MULE, rows / 500);
    int onwardPerMule = payersPerMule == 0 ? 0 : Math.min(ONWARD_PER_MULE, payersPerMule);
    long payments = (long) payersPerMule * mules.size();
    long plantedRows = payments + (long) onwardPerMule * mules.size();
    int from = DailyCurve.TRANSFERS.firstRowFrom(8, rows);
    int to = Math.max(from, DailyCurve.TRANSFERS.endRowBefore(22, rows));
    Selection planted = new Selection(Math.min(plantedRows, to - from), to - from);
    long[] hits = new long[mules.size()];
    long[] payers = new long[mules.size()];
    long k = 0;
    out.append(HEADER).append('\n');
    StringBuilder line = new StringBuilder(128);
    for (int row = 0; row < rows; row++) {
      Instant at = DailyCurve.TRANSFERS.at(day, row, rows, random);
      line.setLength(0);
      if (row >= from && row < to && planted.next(random)) {
        int mule = (int) (k % mules.size());
        if (k < payments) {
          long victim = victims.apply(k);
          record(
              line,
              people.thaiAccount(victim, true, random.nextInt(5) == 0),
              muleAccounts.get(mule),
              amount(ROUND_SUMS[random.nextInt(ROUND_SUMS.length)]),
              "THB",
              at);
          payers[mule]++;
        } else {
          long wallet = k - payments;
          long usdt = 500 + 100L * random.nextInt(60);
          record(line, muleAccounts.get(mule), people.wallet(wallet), usdt + ".00", "USDT", at);
        }
        hits[mule]++;
        k++;
      } else {
        ordinary(line, at);
      }
      out.append(line).append('\n');
    }
    List<TrafficTruth.Planted> truth = new ArrayList<>();
    for (int i = 0; i < mules.size(); i++) {
      truth.add(new TrafficTruth.Planted(mules.get(i), hits[i], payers[i]));
    }
    return new TrafficTruth("transfers", rows, truth);
  }

  private void ordinary(StringBuilder line, Instant at) {
    String customer =
        people.thaiAccount(
            (long) (CUSTOMERS * Math.pow(random.nextDouble(), 1.4)), true, random.nextInt(8) == 0);
    int r = random.nextInt(100);
    if (r < 52) {
      record(line, customer, otherThai(), thb(), "THB", at);
    } else if (r < 74) {
      record(line, otherThai(), customer, thb(), "THB", at);
    } else if (r < 94) {
      record(
          line,
          customer,
          people.thaiAccount(random.nextLong(CUSTOMERS), true, false),
          thb(),
          "THB",
          at);
    } else {
      String iban = people.iban(random.nextLong(FOREIGN_ACCOUNTS));
      String currency =
          switch (iban.substring(0, 2)) {
            case "GB" -> "GBP";
            case "AE" -> "AED";
            default -> "EUR";
          };
      String amount =
          decimal(Math.min(50_000_00L, Math.round(Math.exp(6.2 + random.nextGaussian()) * 100)));
      if (random.nextBoolean()) {
        record(line, customer, iban, amount, currency, at);
      } else {
        record(line, iban, customer, amount, currency, at);
      }
    }
  }

  private String otherThai() {
    return people.thaiAccount(
        CUSTOMERS + random.nextLong(OTHER_ACCOUNTS), false, random.nextInt(6) == 0);
  }

  /** Baht: a log-normal amount (median about 700), often whole, sometimes to the hundred. */
  private String thb() {
    long satang =
        Math.max(
            100,
            Math.min(
                5_000_000_00L, Math.round(Math.exp(6.55 + 1.35 * random.nextGaussian()) * 100)));
    int r = random.nextInt(10);
    if (r < 3) {
      satang = Math.max(100_00, satang / 100_00 * 100_00);
    } else if (r < 7) {
      satang = satang / 100 * 100;
    }
    return decimal(satang);
  }

  private String amount(long baht) {
    return baht + ".00";
  }

  private static String decimal(long cents) {
    return cents / 100 + "." + Codecs.digits(cents % 100, 2);
  }

  private static void record(
      StringBuilder line, String payer, String payee, String amount, String currency, Instant at) {
    line.append(payer)
        .append(',')
        .append(payee)
        .append(',')
        .append(amount)
        .append(',')
        .append(currency)
        .append(',')
        .append(at);
  }
}
