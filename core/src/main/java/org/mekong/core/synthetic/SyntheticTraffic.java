package org.mekong.core.synthetic;

import java.io.IOException;
import java.time.LocalDate;

/**
 * A day of synthetic traffic to screen, with the planted cases of the world of the same seed mixed
 * in: the Thai operator's call records, the demo bank's transfers and web visits, written as CSV in
 * the {@code cdr}, {@code transfers} and {@code urls} formats (header line first, records in time
 * order, times in UTC over the Thai day).
 *
 * <p>Each method streams its records to {@code out} in constant memory and returns the {@link
 * TrafficTruth} of what it planted. The same seed, day and size give the same bytes; another seed
 * or day gives other traffic. Apart from the planted selectors, no number, account, wallet, IMEI,
 * IMSI or domain written is a selector of any world of the seed, so screening a file against the
 * world finds exactly the planted ones: the call centre's numbers, each calling hundreds of
 * distinct victims from one SIM box (in a file of 120,000 calls or more), the mule accounts, each
 * paid by dozens of distinct payers (in a file of 20,000 transfers or more) and paying USDT on to
 * wallets, and the gambling domains.
 */
public final class SyntheticTraffic {

  private SyntheticTraffic() {}

  /**
   * {@code rows} call records ({@code cdr}) of the Thai operator on {@code day}; the call centre
   * makes {@code min(300, rows / 40)} calls per number in office hours (9:00 to 18:00 Thai time).
   */
  public static TrafficTruth callRecords(long seed, LocalDate day, int rows, Appendable out)
      throws IOException {
    return new CallRecords(seed, day).write(rows, out);
  }

  /**
   * {@code rows} transfers of the demo bank on {@code day}; each mule account is paid by {@code
   * min(40, rows / 500)} distinct payers and pays on to up to 3 wallets.
   */
  public static TrafficTruth transfers(long seed, LocalDate day, int rows, Appendable out)
      throws IOException {
    return new Transfers(seed, day).write(rows, out);
  }

  /**
   * {@code rows} web visits ({@code urls}) on {@code day}; each gambling domain is visited {@code
   * min(60, rows / 100)} times, on the domain itself or its {@code www.} and {@code m.} hosts.
   */
  public static TrafficTruth webVisits(long seed, LocalDate day, int rows, Appendable out)
      throws IOException {
    return new WebVisits(seed, day).write(rows, out);
  }
}
