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
 * A day of web visits ({@code urls}) seen by the operator's mobile data network: well-known Thai
 * and global sites, and visits to the planted gambling domains, on the bare domain, {@code www.}
 * and {@code m.}.
 */
final class WebVisits {

  static final String HEADER = "url,visited_at";

  private static final List<String> SITES =
      List.of(
          "www.google.co.th",
          "www.youtube.com",
          "www.facebook.com",
          "line.me",
          "shopee.co.th",
          "www.lazada.co.th",
          "pantip.com",
          "www.sanook.com",
          "www.thairath.co.th",
          "www.kapook.com",
          "www.tiktok.com",
          "www.instagram.com",
          "th.wikipedia.org",
          "www.agoda.com",
          "www.grab.com",
          "www.netflix.com",
          "www.kasikornbank.com",
          "www.scb.co.th",
          "www.bangkokbank.com",
          "www.tmd.go.th",
          "www.rd.go.th",
          "www.bts.co.th",
          "www.7eleven.co.th",
          "x.com");
  private static final List<String> PATHS =
      List.of("/", "/", "/search?q=weather", "/news/", "/login", "/watch?v=", "/th/", "/promo/");
  private static final List<String> GAMBLING_PATHS =
      List.of(
          "/", "/login", "/register", "/game/baccarat", "/slot/", "/promotion?ref=", "/deposit");
  private static final List<String> GAMBLING_HOSTS = List.of("", "", "www.", "www.", "m.");
  private static final int MAX_VISITS_PER_DOMAIN = 60;

  private final RandomGenerator random;
  private final LocalDate day;
  private final List<Selector> domains;

  WebVisits(long seed, LocalDate day) {
    this.random = new SplittableRandom(Permutation.mix64(seed ^ 0x576562L ^ day.toEpochDay()));
    this.day = day;
    this.domains =
        PlantedCases.of(seed).gamblingDomains().stream().map(PublishedItem::selector).toList();
  }

  TrafficTruth write(int rows, Appendable out) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("rows are not negative: " + rows);
    }
    int perDomain = Math.min(MAX_VISITS_PER_DOMAIN, rows / 100);
    Selection planted = new Selection((long) perDomain * domains.size(), rows);
    long[] hits = new long[domains.size()];
    long k = 0;
    out.append(HEADER).append('\n');
    StringBuilder line = new StringBuilder(96);
    for (int row = 0; row < rows; row++) {
      Instant at = DailyCurve.WEB.at(day, row, rows, random);
      line.setLength(0);
      if (planted.next(random)) {
        int domain = (int) (k++ % domains.size());
        String path = GAMBLING_PATHS.get(random.nextInt(GAMBLING_PATHS.size()));
        line.append("https://")
            .append(GAMBLING_HOSTS.get(random.nextInt(GAMBLING_HOSTS.size())))
            .append(domains.get(domain).canonical())
            .append(path.endsWith("=") ? path + (1000 + random.nextInt(9000)) : path);
        hits[domain]++;
      } else {
        String path = PATHS.get(random.nextInt(PATHS.size()));
        line.append("https://")
            .append(SITES.get(random.nextInt(SITES.size())))
            .append(path.endsWith("=") ? path + Codecs.base36(random.nextLong(1L << 40), 8) : path);
      }
      line.append(',');
      if (random.nextInt(20) != 0) {
        line.append(at);
      }
      out.append(line).append('\n');
    }
    List<TrafficTruth.Planted> truth = new ArrayList<>();
    for (int i = 0; i < domains.size(); i++) {
      truth.add(new TrafficTruth.Planted(domains.get(i), hits[i], hits[i]));
    }
    return new TrafficTruth("urls", rows, truth);
  }
}
