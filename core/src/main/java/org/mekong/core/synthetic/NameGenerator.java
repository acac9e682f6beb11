package org.mekong.core.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;
import org.mekong.core.selector.SelectorType;

/**
 * Names: domains, URLs, e-mail addresses, app ids and social handles. Each is numbered through a
 * {@link Permutation} and the number is encoded so that it can be read back from the name (the
 * combination of brand, word and TLD and a numeric suffix from the second round of combinations on,
 * or a fixed-width base-36 code), so no name repeats.
 */
final class NameGenerator {

  private static final long CODES = 2_176_782_336L; // 36^6
  private static final List<String> URL_PATHS =
      List.of("/login?id=", "/verify?token=", "/th/refund?case=", "/app/download?ref=", "/m/?uid=");
  private static final List<String> MAIL_WORDS =
      List.of("support", "service", "hr.recruit", "refund", "cs", "admin", "invest", "loan", "vip");
  private static final List<String> MAIL_PROVIDERS =
      List.of(
          "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "163.com", "qq.com", "proton.me");
  private static final List<String> APP_VENDORS =
      List.of(
          "scam",
          "quickloan",
          "thaicash",
          "easymoney",
          "luckyspin",
          "usdtpro",
          "fastjob",
          "securepay",
          "kbankplus");
  private static final List<String> APP_NAMES =
      List.of(
          "loanfast",
          "cashnow",
          "wallet",
          "casino",
          "slot",
          "invest",
          "trade",
          "tasks",
          "verify",
          "support");
  private static final List<String> HANDLE_WORDS =
      List.of(
          "thaijob",
          "cskbank",
          "investpro",
          "loanfast",
          "lovely",
          "meimei",
          "agent",
          "vipclub",
          "support",
          "usdt",
          "nong",
          "xiaomei");

  private final RandomGenerator random;
  private final Permutation[] domains = new Permutation[DomainTheme.values().length];
  private final long[] domainCounts = new long[DomainTheme.values().length];
  private final Permutation mails;
  private final Permutation apps;
  private final Permutation handles;
  private long mailCount;
  private long appCount;
  private long handleCount;

  NameGenerator(RandomGenerator random) {
    this.random = random;
    for (DomainTheme theme : DomainTheme.values()) {
      long combinations = (long) theme.brands().size() * theme.words().size() * theme.tlds().size();
      domains[theme.ordinal()] = new Permutation(combinations, random);
    }
    this.mails = new Permutation(CODES, random);
    this.apps = new Permutation((long) APP_VENDORS.size() * APP_NAMES.size(), random);
    this.handles = new Permutation(CODES, random);
  }

  /**
   * A new domain name of {@code theme}: brand-word.tld, every combination once in a seeded order,
   * then brand-word1.tld and so on.
   */
  Spelled domain(DomainTheme theme) {
    Permutation combinations = domains[theme.ordinal()];
    long serial = domainCounts[theme.ordinal()]++;
    long suffix = serial / combinations.modulus();
    long u = combinations.apply(serial % combinations.modulus());
    String tld = theme.tlds().get((int) (u % theme.tlds().size()));
    u /= theme.tlds().size();
    String word = theme.words().get((int) (u % theme.words().size()));
    u /= theme.words().size();
    String brand = theme.brands().get((int) u);
    String raw = brand + "-" + word + (suffix == 0 ? "" : Long.toString(suffix)) + "." + tld;
    return Spelled.parse(raw, SelectorType.DOMAIN, null);
  }

  /** A new URL on a new domain of {@code theme}, as a string. */
  String url(DomainTheme theme) {
    String host = domain(theme).raw();
    String path = URL_PATHS.get(random.nextInt(URL_PATHS.size()));
    return "https://" + host + path + (100 + random.nextInt(900_000));
  }

  Spelled email() {
    String local =
        MAIL_WORDS.get(random.nextInt(MAIL_WORDS.size()))
            + "."
            + Codecs.base36(mails.apply(mailCount++), 6);
    String raw = local + "@" + MAIL_PROVIDERS.get(random.nextInt(MAIL_PROVIDERS.size()));
    return Spelled.parse(raw, SelectorType.EMAIL, null);
  }

  Spelled app() {
    long serial = appCount++;
    long suffix = serial / apps.modulus();
    long u = apps.apply(serial % apps.modulus());
    String name = APP_NAMES.get((int) (u % APP_NAMES.size()));
    u /= APP_NAMES.size();
    String vendor = APP_VENDORS.get((int) u);
    return Spelled.parse(
        "com." + vendor + "." + name + (suffix == 0 ? "" : Long.toString(suffix)),
        SelectorType.APP,
        null);
  }

  /** A new Telegram, LINE or WeChat handle ({@code platform} 0, 1 or 2), spelt as users do. */
  Spelled handle(int platform) {
    String word = HANDLE_WORDS.get(random.nextInt(HANDLE_WORDS.size()));
    String code = Codecs.base36(handles.apply(handleCount++), 6);
    String raw =
        switch (platform) {
          case 0 ->
              random.nextBoolean()
                  ? "https://t.me/" + word + "_" + code
                  : "telegram:@" + word + "_" + code;
          case 1 -> "line:" + word + "." + code;
          case 2 -> "wechat:" + word + "_" + code;
          default -> throw new IllegalArgumentException("platform is 0, 1 or 2: " + platform);
        };
    return Spelled.parse(raw, SelectorType.SOCIAL, null);
  }
}
