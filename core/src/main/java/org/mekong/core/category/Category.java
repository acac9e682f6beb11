package org.mekong.core.category;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A category of the indicator taxonomy, with a stable dotted code whose prefixes name its
 * ancestors: {@code fraud} is the parent of {@code fraud.impersonation}, which is the parent of
 * {@code fraud.impersonation.authority}.
 */
public enum Category {
  FRAUD("fraud", "Fraud", "Telecom and online fraud of every kind."),
  FRAUD_IMPERSONATION(
      "fraud.impersonation",
      "Impersonation fraud",
      "The scammer poses as someone the victim trusts."),
  FRAUD_IMPERSONATION_AUTHORITY(
      "fraud.impersonation.authority",
      "Fake authority",
      "Poses as police, prosecutors, courts or customs to demand money or account access."),
  FRAUD_IMPERSONATION_ACQUAINTANCE(
      "fraud.impersonation.acquaintance",
      "Fake acquaintance",
      "Poses as the victim's leader, relative or friend asking for urgent money."),
  FRAUD_CUSTOMER_SERVICE(
      "fraud.customer-service",
      "Fake customer service",
      "Poses as a shop, courier or platform offering a refund or fixing an order."),
  FRAUD_LOAN("fraud.loan", "Loan fraud", "Offers a loan for which the victim pays fees first."),
  FRAUD_INVESTMENT(
      "fraud.investment",
      "Investment fraud",
      "Fake investment schemes, including crypto trading platforms."),
  FRAUD_ROMANCE(
      "fraud.romance",
      "Romance fraud",
      "Builds a relationship, then takes the victim's money (\"pig butchering\")."),
  FRAUD_JOB_TASK(
      "fraud.job-task",
      "Job and task fraud",
      "Pays for small online tasks, then demands deposits to unlock earnings."),
  FRAUD_ECOMMERCE(
      "fraud.ecommerce", "E-commerce fraud", "Sells goods that never arrive through fake shops."),
  FRAUD_PHISHING(
      "fraud.phishing",
      "Phishing",
      "Steals credentials or card data through fake sites, messages or apps."),
  GAMBLING("gambling", "Illegal gambling", "Illegal online gambling and betting."),
  MONEY_MULE(
      "money-mule", "Money mule", "Accounts or wallets that receive and move victims' money."),
  RECRUITMENT_LURE(
      "recruitment-lure",
      "Recruitment lure",
      "Fake job offers that lure workers into scam compounds."),
  CALLING_INFRASTRUCTURE(
      "calling-infrastructure",
      "Calling infrastructure",
      "SIM boxes, VoIP gateways and other equipment that places scam calls and messages."),
  CRYPTO_LAUNDERING(
      "crypto-laundering",
      "Crypto laundering",
      "Wallets and services that launder proceeds through crypto assets."),
  SANCTIONED(
      "sanctioned", "Sanctioned", "Listed under a sanctions regime, e.g. an OFAC-listed wallet.");

  private final String code;
  private final String label;
  private final String description;

  Category(String code, String label, String description) {
    this.code = code;
    this.label = label;
    this.description = description;
  }

  /** The stable code, e.g. {@code fraud.impersonation.authority}. */
  public String code() {
    return code;
  }

  /** A short human label, e.g. {@code Fake authority}. */
  public String label() {
    return label;
  }

  /** A one-line description. */
  public String description() {
    return description;
  }

  /** The category one level up ({@code fraud} for {@code fraud.loan}); empty for a root. */
  public Optional<Category> parent() {
    int dot = code.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : byCode(code.substring(0, dot));
  }

  /** Whether this category is {@code other} or one of its ancestors. */
  public boolean covers(Category other) {
    return other == this || other.code.startsWith(code + ".");
  }

  /** Every code of the taxonomy, in taxonomy order. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(Category::code).toList();
  }

  /** The category with this code, or a rejection that lists the valid codes. */
  public static CategoryLookup fromCode(String code) {
    return byCode(code)
        .<CategoryLookup>map(CategoryLookup.Found::new)
        .orElseGet(() -> new CategoryLookup.Unknown(code, codes()));
  }

  private static Optional<Category> byCode(String code) {
    return Arrays.stream(values()).filter(category -> category.code.equals(code)).findFirst();
  }
}
