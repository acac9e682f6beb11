package org.mekong.core.synthetic;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.mekong.core.selector.SelectorType;

/**
 * A seeded source of valid, never-repeating selectors of every type: each value parses with {@link
 * org.mekong.core.selector.Selectors#parse} and no value is returned twice by one instance. The
 * same seed and the same sequence of calls give the same values.
 */
public final class SyntheticSelectors {

  private final RandomGenerator random;
  private final PhoneGenerator phones;
  private final AccountGenerator accounts;
  private final WalletGenerator wallets;
  private final NameGenerator names;
  private final NetworkGenerator networks;

  /** A source whose values are determined by {@code seed}. */
  public SyntheticSelectors(long seed) {
    this.random = new SplittableRandom(seed);
    this.phones = new PhoneGenerator(random);
    this.accounts = new AccountGenerator(random);
    this.wallets = new WalletGenerator(random);
    this.names = new NameGenerator(random);
    this.networks = new NetworkGenerator(random);
  }

  /** A new selector of {@code type}, of a kind picked at random (region, chain, theme, ...). */
  public Spelled next(SelectorType type) {
    return switch (type) {
      case PHONE -> {
        PhoneRegion[] regions = PhoneRegion.values();
        yield phone(regions[random.nextInt(regions.length)]);
      }
      case BANK_ACCOUNT ->
          random.nextInt(4) == 0
              ? iban()
              : nationalAccount(
                  AccountGenerator.NATIONAL_COUNTRIES.get(
                      random.nextInt(AccountGenerator.NATIONAL_COUNTRIES.size())));
      case WALLET -> {
        WalletGenerator.Kind[] kinds = WalletGenerator.Kind.values();
        yield wallets.next(kinds[random.nextInt(kinds.length)]);
      }
      case DOMAIN -> domain(theme());
      case URL -> url(theme());
      case IP -> random.nextInt(5) == 0 ? ipv4Slash24() : ipv4();
      case IMEI -> imei();
      case IMSI -> imsi();
      case EMAIL -> email();
      case APP -> app();
      case SOCIAL -> social();
    };
  }

  /** A mobile number of {@code region} in E.164 (Thai numbers sometimes in national form). */
  public Spelled phone(PhoneRegion region) {
    return phones.mobile(region, region == PhoneRegion.TH && random.nextInt(3) == 0);
  }

  /** A Thai mobile number written nationally ({@code 0812345678}) with region hint TH. */
  public Spelled thaiNationalPhone() {
    return phones.mobile(PhoneRegion.TH, true);
  }

  /** An IBAN of DE, GB, NL or AE with correct check digits. */
  public Spelled iban() {
    return accounts.iban();
  }

  /** A national {@code CC:BIC:account} bank account of {@code country}: CN, TH, MM or KH. */
  public Spelled nationalAccount(String country) {
    return accounts.national(country);
  }

  /** A TRON wallet ({@code T...}). */
  public Spelled tronWallet() {
    return wallets.next(WalletGenerator.Kind.TRON);
  }

  /** An EVM wallet ({@code 0x} + 40 lowercase hex). */
  public Spelled evmWallet() {
    return wallets.next(WalletGenerator.Kind.EVM);
  }

  /** A Bitcoin wallet: P2PKH, P2SH or P2WPKH. */
  public Spelled bitcoinWallet() {
    return wallets.next(
        switch (random.nextInt(3)) {
          case 0 -> WalletGenerator.Kind.BTC_P2PKH;
          case 1 -> WalletGenerator.Kind.BTC_P2SH;
          default -> WalletGenerator.Kind.BTC_P2WPKH;
        });
  }

  /** A scam-looking domain name of {@code theme}, e.g. {@code kbank-secure-login.top}. */
  public Spelled domain(DomainTheme theme) {
    return names.domain(theme);
  }

  /**
   * A URL on a new domain of {@code theme}, e.g. {@code https://ccb-refund.vip/login?id=123}; see
   * {@link #publishableUrl} for what it parses to.
   */
  public Spelled url(DomainTheme theme) {
    String url = names.url(theme);
    return publishableUrl(url);
  }

  /** What a generated URL is published as: a URL selector, its type detected. */
  static Spelled publishableUrl(String url) {
    return Spelled.parse(url, null, null);
  }

  /** An IPv4 address. */
  public Spelled ipv4() {
    return networks.ipv4();
  }

  /** An IPv4 /24 block, e.g. {@code 103.97.12.0/24}. */
  public Spelled ipv4Slash24() {
    return networks.ipv4Slash24();
  }

  /** An IMEI of 15 digits with its Luhn check digit. */
  public Spelled imei() {
    return networks.imei();
  }

  /** An IMSI of a Chinese, Thai or Myanmar operator (MCC 460, 520, 414). */
  public Spelled imsi() {
    return networks.imsi();
  }

  /** An e-mail address at a webmail provider. */
  public Spelled email() {
    return names.email();
  }

  /** An Android app id, e.g. {@code com.scam.loanfast}. */
  public Spelled app() {
    return names.app();
  }

  /** A Telegram, LINE, WeChat or WhatsApp account. */
  public Spelled social() {
    int platform = random.nextInt(4);
    if (platform < 3) {
      return names.handle(platform);
    }
    PhoneRegion region =
        switch (random.nextInt(3)) {
          case 0 -> PhoneRegion.TH;
          case 1 -> PhoneRegion.MM;
          default -> PhoneRegion.KH;
        };
    Spelled phone = phones.mobile(region, false);
    return Spelled.parse("whatsapp:" + phone.selector().canonical(), SelectorType.SOCIAL, null);
  }

  /** See {@link PhoneGenerator#unlistedSubscriber}: never a number of a world of this seed. */
  String unlistedSubscriber(PhoneRegion region, long index) {
    return phones.unlistedSubscriber(region, index);
  }

  /** See {@link AccountGenerator#unlistedIban}: never an IBAN of a world of this seed. */
  String unlistedIban(long index, RandomGenerator draw) {
    return accounts.unlistedIban(index, draw);
  }

  /** See {@link AccountGenerator#unlistedNationalDigits}. */
  String unlistedNationalDigits(long index) {
    return accounts.unlistedNationalDigits(index);
  }

  /** See {@link WalletGenerator#unlisted}: never a wallet of a world of this seed. */
  String unlistedTronWallet(long index, RandomGenerator draw) {
    return wallets.unlisted(WalletGenerator.Kind.TRON, index, draw);
  }

  private DomainTheme theme() {
    DomainTheme[] themes = DomainTheme.values();
    return themes[random.nextInt(themes.length)];
  }
}
