package org.mekong.core.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;
import org.mekong.core.selector.SelectorType;

/**
 * Names: domains, URLs, e-mail addresses, app ids and social handles. Each is numbered through a
 * {@link Permutation} and the number is encoded so that it can be read back from the name (a
 * numeric suffix after a brand and a word, or a fixed-width base-36 code), so no name repeats.
 */
final class NameGenerator {

  /** How many numeric suffixes a brand-word-TLD combination takes ("" then 1 to 9999). */
  private static final int SUFFIXES = 10_000;

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
  private static final int APP_SUFFIXES = 100_000;
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
      long size =
          (long) theme.brands().size() * theme.words().size() * theme.tlds().size() * SUFFIXES;
      domains[theme.ordinal()] = new Permutation(size, random);
    }
    this.mails = new Permutation(CODES, random);
    this.apps =
        new Permutation((long) APP_VENDORS.size() * APP_NAMES.size() * APP_SUFFIXES, random);
    this.handles = new Permutation(CODES, random);
  }

  /** A new domain name of {@code theme}: brand-word[number].tld. */
  Spelled domain(DomainTheme theme) {
    long u = domains[theme.ordinal()].apply(domainCounts[theme.ordinal()]++);
    String tld = theme.tlds().get((int) (u % theme.tlds().size()));
    u /= theme.tlds().size();
    String word = theme.words().get((int) (u % theme.words().size()));
    u /= theme.words().size();
    String brand = theme.brands().get((int) (u % theme.brands().size()));
    u /= theme.brands().size();
    String raw = brand + "-" + word + (u == 0 ? "" : Long.toString(u)) + "." + tld;
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
    long u = apps.apply(appCount++);
    String name = APP_NAMES.get((int) (u % APP_NAMES.size()));
    u /= APP_NAMES.size();
    String vendor = APP_VENDORS.get((int) (u % APP_VENDORS.size()));
    u /= APP_VENDORS.size();
    return Spelled.parse(
        "com." + vendor + "." + name + (u == 0 ? "" : Long.toString(u)), SelectorType.APP, null);
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
