package org.mekong.core.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mekong.core.selector.phone.PhoneFastPath;

/**
 * The people and devices of a day of traffic, each a pure function of the seed and its number:
 * phone numbers, handsets (IMEI), SIM cards (IMSI), cells and bank accounts. None is a selector of
 * any world of the seed: numbers and accounts are the ones the world's generators never reach
 * (numbered down from the top of their permutations), and handsets and SIM cards use type
 * allocation codes and a network code that the world's generators never use.
 */
final class TrafficIdentities {

  /** The demo operator's network (MCC 520, Thailand): its SIM cards and cells. */
  static final String OPERATOR_PLMN = "52099";

  /** The demo bank's BIC (fictional). */
  static final String BANK_BIC = "MKHLTHBK";

  /** Handset TACs of ordinary subscribers; none is one of {@link NetworkGenerator}'s. */
  private static final List<String> TACS =
      List.of(
          "35332811",
          "35847611",
          "86010504",
          "35925406",
          "86781303",
          "35456710",
          "86220904",
          "35161511");

  /** The TAC of the call centre's SIM box (a GSM gateway's modules); not one of the world's. */
  private static final String SIMBOX_TAC = "86512603";

  private final SyntheticSelectors unlisted;
  private final long salt;
  private final Permutation serials;
  private final Permutation sims;

  TrafficIdentities(long seed) {
    this.unlisted = new SyntheticSelectors(seed);
    SplittableRandom random = new SplittableRandom(Permutation.mix64(seed ^ 0x4964656e74L));
    this.salt = random.nextLong();
    this.serials = new Permutation(1_000_000L, random);
    this.sims = new Permutation(1_000_000_000L, random);
  }

  /** A stable hash of {@code number} in {@code space}, for attributes drawn per identity. */
  long hash(long space, long number) {
    return Permutation.mix64(salt ^ Permutation.mix64(space * 0x9E3779B97F4A7C15L + number));
  }

  /**
   * The national significant number (no trunk 0) of mobile number #{@code index} of {@code region},
   * which libphonenumber accepts.
   */
  String mobile(PhoneRegion region, long index) {
    String subscriber = unlisted.unlistedSubscriber(region, index);
    List<String> prefixes = region.mobilePrefixes();
    long h = hash(region.ordinal(), index);
    for (int attempt = 0; attempt < prefixes.size(); attempt++) {
      String national =
          prefixes.get((int) Math.floorMod(h + attempt, prefixes.size())) + subscriber;
      if (region == PhoneRegion.TH || valid(region, national)) {
        return national;
      }
    }
    throw new IllegalStateException("no valid " + region + " number ends in " + subscriber);
  }

  private static boolean valid(PhoneRegion region, String national) {
    return PhoneFastPath.instance().e164Digits(region.callingCode() + national)
        != PhoneFastPath.INVALID;
  }

  /**
   * A number as operators write it: Thai numbers mostly as international digits ({@code
   * 66812345678}), some with {@code +} or {@code 0066}, a few national ({@code 0812345678});
   * foreign numbers with {@code +} or {@code 00}, which no reader can take for a Thai national
   * number.
   */
  static String spell(PhoneRegion region, String national, RandomGenerator random) {
    int r = random.nextInt(100);
    if (region != PhoneRegion.TH) {
      return (r < 60 ? "+" : "00") + region.callingCode() + national;
    } else if (r < 70) {
      return region.callingCode() + national;
    } else if (r < 82) {
      return "+" + region.callingCode() + national;
    } else if (r < 90) {
      return "00" + region.callingCode() + national;
    }
    return "0" + national;
  }

  /** The handset of subscriber #{@code index}: an IMEI with its Luhn digit. */
  String imei(long index) {
    String tac = TACS.get((int) Math.floorMod(hash(100, index), TACS.size()));
    return luhn(tac + Codecs.digits(serials.apply(index), 6));
  }

  /** Module #{@code module} of the call centre's SIM box. */
  static String simBoxImei(int module) {
    return luhn(SIMBOX_TAC + Codecs.digits(100_101L + 37L * module, 6));
  }

  private static String luhn(String body) {
    return body + Codecs.luhnCheckDigit(body);
  }

  /** The SIM card (IMSI) of the operator's subscriber #{@code index}. */
  String imsi(long index) {
    return OPERATOR_PLMN
        + Math.floorMod(hash(101, index), 10)
        + Codecs.digits(sims.apply(index), 9);
  }

  /** A cell of the operator: {@code MCC MNC-LAC-CI}. */
  static String cell(long number) {
    long n = Math.floorMod(number, 4_000L);
    return OPERATOR_PLMN
        + "-"
        + (1001 + n / 200)
        + "-"
        + Codecs.digits(10_000 + n * 17 % 90_000, 5);
  }

  /**
   * Thai national account #{@code index}: at the demo bank when {@code own}, else at another Thai
   * bank; written plainly ({@code TH:KASITHBK:1234567890}) or, sometimes, grouped as printed on a
   * passbook ({@code 123-4-56789-0}).
   */
  String thaiAccount(long index, boolean own, boolean grouped) {
    long h = hash(102, index);
    String bic =
        own
            ? BANK_BIC
            : AccountGenerator.thaiBics()
                .get((int) Math.floorMod(h, AccountGenerator.thaiBics().size()));
    String digits = Math.floorMod(h >>> 8, 10) + unlisted.unlistedNationalDigits(index);
    if (grouped) {
      digits =
          digits.substring(0, 3)
              + "-"
              + digits.charAt(3)
              + "-"
              + digits.substring(4, 9)
              + "-"
              + digits.charAt(9);
    }
    return "TH:" + bic + ":" + digits;
  }

  /** Foreign account #{@code index}: an IBAN of DE, GB, NL or AE, written compactly. */
  String iban(long index) {
    String iban = unlisted.unlistedIban(index, new SplittableRandom(hash(103, index)));
    return iban.replace(" ", "");
  }

  /** TRON wallet #{@code index}, in no world of the seed. */
  String wallet(long index) {
    return unlisted.unlistedTronWallet(index, new SplittableRandom(hash(104, index)));
  }
}
