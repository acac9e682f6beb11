package org.mekong.core.synthetic;

import java.util.List;

/** The kind of scam a generated domain name looks like, with its brands, words and TLDs. */
public enum DomainTheme {
  /** Fake bank, wallet, courier and customs sites, e.g. {@code kbank-secure-login.top}. */
  PHISHING(
      List.of(
          "kbank",
          "scb",
          "bbl",
          "ktb",
          "krungsri",
          "ttb",
          "gsb",
          "promptpay",
          "truemoney",
          "icbc",
          "ccb",
          "boc",
          "cmb",
          "alipay",
          "wechatpay",
          "kbzpay",
          "wavemoney",
          "aba",
          "lazada",
          "shopee",
          "kerry",
          "flash",
          "thaipost",
          "dhl",
          "customs"),
      List.of(
          "secure-login",
          "login",
          "refund",
          "verify",
          "kyc-update",
          "support",
          "service",
          "online",
          "help",
          "id-check",
          "reward",
          "wallet",
          "account",
          "parcel",
          "tax-refund"),
      List.of("top", "xyz", "vip", "cc", "shop", "com", "asia")),
  /** Illegal online casinos and betting, e.g. {@code fun88-th.asia}. */
  GAMBLING(
      List.of(
          "fun88",
          "w88",
          "ufabet",
          "sbobet",
          "188bet",
          "dafabet",
          "m88",
          "jun88",
          "bk8",
          "lsm99",
          "happyluke",
          "12bet",
          "betflik",
          "pgslot"),
      List.of(
          "th",
          "thai",
          "vn",
          "casino",
          "slot",
          "bet",
          "vip",
          "club",
          "asia",
          "baccarat",
          "sport",
          "live"),
      List.of("asia", "com", "vip", "cc", "top", "xyz")),
  /** Fake trading and crypto platforms, e.g. {@code usdt-mining.vip}. */
  INVESTMENT(
      List.of(
          "usdt", "binance", "okx", "huobi", "bitget", "goldtrade", "forex", "thaistock", "coinex"),
      List.of(
          "pro",
          "mining",
          "vip",
          "global",
          "invest",
          "exchange",
          "earn",
          "trade",
          "wealth",
          "fund"),
      List.of("top", "xyz", "vip", "com", "cc", "asia")),
  /** Fake lenders, e.g. {@code quickcash-loan.xyz}. */
  LOAN(
      List.of("quickcash", "easyloan", "ngernd", "moneyfast", "cashnow", "kredit", "daidai"),
      List.of("loan", "online", "app", "approve", "fast", "th", "credit"),
      List.of("xyz", "top", "shop", "com", "cc")),
  /** Task scams and recruitment lures into scam compounds, e.g. {@code taskwork-earn.top}. */
  JOBS(
      List.of("taskwork", "likejob", "tiktokjob", "amazontask", "overseasjob", "hirethai"),
      List.of("recruit", "career", "work", "earn", "hr", "apply", "visa"),
      List.of("top", "xyz", "com", "asia", "shop"));

  private final List<String> brands;
  private final List<String> words;
  private final List<String> tlds;

  DomainTheme(List<String> brands, List<String> words, List<String> tlds) {
    this.brands = brands;
    this.words = words;
    this.tlds = tlds;
  }

  List<String> brands() {
    return brands;
  }

  List<String> words() {
    return words;
  }

  List<String> tlds() {
    return tlds;
  }
}
