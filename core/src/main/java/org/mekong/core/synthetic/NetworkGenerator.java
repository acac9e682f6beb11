package org.mekong.core.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;
import org.mekong.core.selector.SelectorType;

/**
 * Network and device identifiers: IPv4 addresses and /24 blocks in hosting ranges that scam sites
 * favour, IMEIs (Luhn check digit) of common handset TACs, and IMSIs of Chinese, Thai and Myanmar
 * operators. Each is numbered through a {@link Permutation}, so none repeats.
 */
final class NetworkGenerator {

  /** /16 blocks of hosting and mobile ranges in the region; their first octets all differ. */
  private static final List<String> BLOCKS =
      List.of(
          "103.97", "43.226", "45.195", "154.204", "156.241", "202.95", "27.124", "110.42",
          "119.28", "183.89", "8.219", "47.243", "38.54", "149.28", "203.144", "180.180");

  /** Type allocation codes of handsets common in scam compounds (8 digits). */
  private static final List<String> TACS =
      List.of(
          "86769204",
          "86115004",
          "35391110",
          "35674108",
          "86891503",
          "35209111",
          "86463705",
          "35875208",
          "86602104",
          "35328109");

  /** MCC + MNC of China Mobile, Unicom, Telecom; AIS, True, dtac; MPT, Ooredoo/U9, Telenor/ATOM. */
  private static final List<String> OPERATORS =
      List.of(
          "46000", "46001", "46011", "52001", "52004", "52005", "41401", "41405", "41406", "41409");

  private static final long HOSTS_PER_BLOCK = 256L * 254;

  private final RandomGenerator random;
  private final Permutation addresses;
  private final Permutation networks;
  private final Permutation serials;
  private final Permutation subscribers;
  private long addressCount;
  private long networkCount;
  private long serialCount;
  private long subscriberCount;

  NetworkGenerator(RandomGenerator random) {
    this.random = random;
    this.addresses = new Permutation(BLOCKS.size() * HOSTS_PER_BLOCK, random);
    this.networks = new Permutation(BLOCKS.size() * 65_536L, random);
    this.serials = new Permutation(TACS.size() * 1_000_000L, random);
    this.subscribers = new Permutation(1_000_000_000L, random);
  }

  Spelled ipv4() {
    long u = addresses.apply(addressCount++);
    String block = BLOCKS.get((int) (u / HOSTS_PER_BLOCK));
    long host = u % HOSTS_PER_BLOCK;
    String raw = block + "." + (host / 254) + "." + (host % 254 + 1);
    return Spelled.parse(raw, SelectorType.IP, null);
  }

  /** A /24 block anywhere in the /8 of one of the blocks: 16 × 65,536 of them. */
  Spelled ipv4Slash24() {
    long u = networks.apply(networkCount++);
    String block = BLOCKS.get((int) (u / 65_536));
    String first = block.substring(0, block.indexOf('.'));
    String raw = first + "." + (u / 256 % 256) + "." + (u % 256) + ".0/24";
    return Spelled.parse(raw, SelectorType.IP, null);
  }

  Spelled imei() {
    long u = serials.apply(serialCount++);
    String body = TACS.get((int) (u / 1_000_000)) + Codecs.digits(u % 1_000_000, 6);
    return Spelled.parse(body + Codecs.luhnCheckDigit(body), SelectorType.IMEI, null);
  }

  Spelled imsi() {
    String msin = random.nextInt(10) + Codecs.digits(subscribers.apply(subscriberCount++), 9);
    String raw = OPERATORS.get(random.nextInt(OPERATORS.size())) + msin;
    return Spelled.parse(raw, SelectorType.IMSI, null);
  }
}
