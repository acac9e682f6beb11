package org.mekong.core.synthetic;

import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.mekong.core.selector.SelectorType;

/**
 * Bank accounts: IBANs of a few IBAN countries (iban4j computes the mod-97 check digits) and
 * national {@code CC:BIC8:digits} accounts of CN, TH, MM and KH banks. The account digits are
 * numbered through a {@link Permutation}, so that no account repeats.
 */
final class AccountGenerator {

  /** Countries with national-form accounts, in generation order. */
  static final List<String> NATIONAL_COUNTRIES = List.of("CN", "TH", "MM", "KH");

  private static final long UNIQUE = 1_000_000_000L;
  private static final List<String> CN_BICS =
      List.of(
          "ICBKCNBJ",
          "BKCHCNBJ",
          "PCBCCNBJ",
          "ABOCCNBJ",
          "COMMCNSH",
          "CMBCCNBS",
          "SPDBCNSH",
          "CIBKCNBJ");
  private static final List<String> TH_BICS =
      List.of(
          "KASITHBK",
          "BKKBTHBK",
          "SICOTHBK",
          "KRTHTHBK",
          "AYUDTHBK",
          "TMBKTHBK",
          "GSBATHBK",
          "UOVBTHBK");
  private static final List<String> MM_BICS =
      List.of("KBZBMMMY", "CPOBMMMY", "AYABMMMY", "YOMAMMMY", "MABLMMMY", "UABBMMMY");
  private static final List<String> KH_BICS =
      List.of("ABAAKHPP", "ACLBKHPP", "CADIKHPP", "WINGKHPP", "PRBKKHPP");
  private static final List<String> GB_BANKS = List.of("NWBK", "BARC", "HBUK", "LOYD", "MIDL");
  private static final List<String> NL_BANKS = List.of("ABNA", "INGB", "RABO", "TRIO");
  private static final List<String> DE_BANKS =
      List.of("37040044", "10070000", "50010517", "20041133", "70020270");
  private static final List<String> AE_BANKS = List.of("033", "026", "030", "035");

  private final RandomGenerator random;

  /** Only given so that iban4j's builder makes no unseeded generator; it draws nothing here. */
  private final Random builderRandom;

  private final Permutation ibans;
  private final Permutation nationals;
  private long ibanCount;
  private long nationalCount;

  AccountGenerator(RandomGenerator random) {
    this.random = random;
    this.builderRandom = new Random(random.nextLong());
    this.ibans = new Permutation(UNIQUE, random);
    this.nationals = new Permutation(UNIQUE, random);
  }

  /** A new IBAN of DE, GB, NL or AE, spelt in groups of four. */
  Spelled iban() {
    String unique = Codecs.digits(ibans.apply(ibanCount++), 9);
    return Spelled.parse(ibanOf(unique, random), SelectorType.BANK_ACCOUNT, null);
  }

  /**
   * IBAN #{@code index} of those that this generator never returns: numbered down from the top of
   * its permutation while {@link #iban} numbers up, so that traffic can use accounts that are in no
   * world of the seed. Spelt in groups of four; the other digits are drawn from {@code draw}.
   */
  String unlistedIban(long index, RandomGenerator draw) {
    return ibanOf(Codecs.digits(ibans.apply(UNIQUE - 1 - index), 9), draw);
  }

  /**
   * The 9 unique digits of national account #{@code index} of those that {@link #national} never
   * returns (numbered down from the top of the same permutation).
   */
  String unlistedNationalDigits(long index) {
    return Codecs.digits(nationals.apply(UNIQUE - 1 - index), 9);
  }

  private String ibanOf(String unique, RandomGenerator random) {
    Iban iban =
        switch (random.nextInt(4)) {
          case 0 ->
              new Iban.Builder(builderRandom)
                  .countryCode(CountryCode.DE)
                  .bankCode(pick(DE_BANKS, random))
                  .accountNumber(random.nextInt(10) + unique)
                  .build();
          case 1 ->
              new Iban.Builder(builderRandom)
                  .countryCode(CountryCode.GB)
                  .bankCode(pick(GB_BANKS, random))
                  .branchCode(unique.substring(0, 1) + Codecs.digits(random.nextInt(100_000), 5))
                  .accountNumber(unique.substring(1))
                  .build();
          case 2 ->
              new Iban.Builder(builderRandom)
                  .countryCode(CountryCode.NL)
                  .bankCode(pick(NL_BANKS, random))
                  .accountNumber(random.nextInt(10) + unique)
                  .build();
          default ->
              new Iban.Builder(builderRandom)
                  .countryCode(CountryCode.AE)
                  .bankCode(pick(AE_BANKS, random))
                  .accountNumber(Codecs.digits(random.nextInt(10_000_000), 7) + unique)
                  .build();
        };
    return iban.toFormattedString();
  }

  /** A new national-form account of {@code country} (CN, TH, MM or KH). */
  Spelled national(String country) {
    String unique = Codecs.digits(nationals.apply(nationalCount++), 9);
    String raw =
        switch (country) {
          case "CN" -> "CN:" + pick(CN_BICS) + ":" + "6222" + randomDigits(5) + unique;
          case "TH" -> {
            String digits = random.nextInt(10) + unique;
            yield "TH:"
                + pick(TH_BICS)
                + ":"
                + digits.substring(0, 3)
                + "-"
                + digits.charAt(3)
                + "-"
                + digits.substring(4, 9)
                + "-"
                + digits.charAt(9);
          }
          case "MM" -> "MM:" + pick(MM_BICS) + ":" + randomDigits(8) + unique;
          case "KH" -> "KH:" + pick(KH_BICS) + ":" + randomDigits(1) + unique;
          default ->
              throw new IllegalArgumentException(
                  "national accounts are generated for " + NATIONAL_COUNTRIES + ", not " + country);
        };
    return Spelled.parse(raw, SelectorType.BANK_ACCOUNT, null);
  }

  private String randomDigits(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  private String pick(List<String> values) {
    return pick(values, random);
  }

  private static String pick(List<String> values, RandomGenerator random) {
    return values.get(random.nextInt(values.size()));
  }

  /** The BICs of the Thai banks whose national accounts the world generates. */
  static List<String> thaiBics() {
    return TH_BICS;
  }
}
