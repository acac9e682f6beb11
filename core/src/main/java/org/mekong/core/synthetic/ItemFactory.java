package org.mekong.core.synthetic;

import static org.mekong.core.category.Category.CALLING_INFRASTRUCTURE;
import static org.mekong.core.category.Category.CRYPTO_LAUNDERING;
import static org.mekong.core.category.Category.FRAUD_CUSTOMER_SERVICE;
import static org.mekong.core.category.Category.FRAUD_ECOMMERCE;
import static org.mekong.core.category.Category.FRAUD_IMPERSONATION_ACQUAINTANCE;
import static org.mekong.core.category.Category.FRAUD_IMPERSONATION_AUTHORITY;
import static org.mekong.core.category.Category.FRAUD_INVESTMENT;
import static org.mekong.core.category.Category.FRAUD_JOB_TASK;
import static org.mekong.core.category.Category.FRAUD_LOAN;
import static org.mekong.core.category.Category.FRAUD_PHISHING;
import static org.mekong.core.category.Category.FRAUD_ROMANCE;
import static org.mekong.core.category.Category.GAMBLING;
import static org.mekong.core.category.Category.MONEY_MULE;
import static org.mekong.core.category.Category.RECRUITMENT_LURE;
import static org.mekong.core.category.Category.SANCTIONED;
import static org.mekong.core.synthetic.SyntheticWorld.CN_MPS_AFC;
import static org.mekong.core.synthetic.SyntheticWorld.MM_POLICE;
import static org.mekong.core.synthetic.SyntheticWorld.TH_AMLO;
import static org.mekong.core.synthetic.SyntheticWorld.TH_CCIB;

import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.selector.SelectorType;

/**
 * What one new selector of the world is: its type, the selector, its categories and the agency that
 * publishes it first, drawn with weights that follow who reports what in the region (phones mostly
 * fraud, accounts money mules, wallets crypto laundering, domains gambling and phishing).
 */
final class ItemFactory {

  /** What a new selector is, before markings: the selector, its categories, its publisher. */
  record Subject(Spelled spelled, Set<Category> categories, AgencyId publisher) {}

  private static final Weighted<SelectorType> TYPES =
      Weighted.of(
          SelectorType.PHONE,
          28,
          SelectorType.BANK_ACCOUNT,
          14,
          SelectorType.WALLET,
          9,
          SelectorType.DOMAIN,
          12,
          SelectorType.URL,
          5,
          SelectorType.IP,
          5,
          SelectorType.IMEI,
          4,
          SelectorType.IMSI,
          4,
          SelectorType.EMAIL,
          5,
          SelectorType.APP,
          5,
          SelectorType.SOCIAL,
          9);
  private static final Weighted<PhoneRegion> PHONE_REGIONS =
      Weighted.of(
          PhoneRegion.CN,
          25,
          PhoneRegion.TH,
          25,
          PhoneRegion.MM,
          15,
          PhoneRegion.KH,
          12,
          PhoneRegion.LA,
          5,
          PhoneRegion.VN,
          6,
          PhoneRegion.PH,
          6,
          PhoneRegion.MY,
          6);
  private static final Weighted<Category> PHONE_CATEGORIES =
      Weighted.of(
          FRAUD_IMPERSONATION_AUTHORITY,
          25,
          FRAUD_IMPERSONATION_ACQUAINTANCE,
          10,
          FRAUD_CUSTOMER_SERVICE,
          15,
          FRAUD_LOAN,
          10,
          FRAUD_INVESTMENT,
          10,
          FRAUD_ROMANCE,
          8,
          FRAUD_JOB_TASK,
          8,
          FRAUD_ECOMMERCE,
          6,
          CALLING_INFRASTRUCTURE,
          5,
          RECRUITMENT_LURE,
          3);
  private static final Weighted<Category> ACCOUNT_CATEGORIES =
      Weighted.of(MONEY_MULE, 80, FRAUD_INVESTMENT, 8, FRAUD_ECOMMERCE, 6, GAMBLING, 6);
  private static final Weighted<Category> WALLET_CATEGORIES =
      Weighted.of(
          CRYPTO_LAUNDERING,
          45,
          SANCTIONED,
          10,
          FRAUD_INVESTMENT,
          25,
          MONEY_MULE,
          15,
          FRAUD_ROMANCE,
          5);
  private static final Weighted<DomainTheme> THEMES =
      Weighted.of(
          DomainTheme.PHISHING,
          35,
          DomainTheme.GAMBLING,
          30,
          DomainTheme.INVESTMENT,
          15,
          DomainTheme.LOAN,
          10,
          DomainTheme.JOBS,
          10);
  private static final Weighted<Category> IP_CATEGORIES =
      Weighted.of(CALLING_INFRASTRUCTURE, 40, FRAUD_PHISHING, 30, GAMBLING, 30);
  private static final Weighted<Category> IMEI_CATEGORIES =
      Weighted.of(CALLING_INFRASTRUCTURE, 60, FRAUD_IMPERSONATION_AUTHORITY, 40);
  private static final Weighted<Category> IMSI_CATEGORIES =
      Weighted.of(CALLING_INFRASTRUCTURE, 70, FRAUD_CUSTOMER_SERVICE, 30);
  private static final Weighted<Category> EMAIL_CATEGORIES =
      Weighted.of(
          FRAUD_PHISHING, 40, RECRUITMENT_LURE, 30, FRAUD_ROMANCE, 15, FRAUD_INVESTMENT, 15);
  private static final Weighted<Category> APP_CATEGORIES =
      Weighted.of(FRAUD_LOAN, 40, FRAUD_INVESTMENT, 30, GAMBLING, 20, FRAUD_PHISHING, 10);
  private static final Weighted<Category> SOCIAL_CATEGORIES =
      Weighted.of(
          FRAUD_ROMANCE,
          25,
          FRAUD_JOB_TASK,
          25,
          RECRUITMENT_LURE,
          20,
          FRAUD_INVESTMENT,
          15,
          GAMBLING,
          15);

  private static final Weighted<AgencyId> CALLS_PUBLISHERS =
      Weighted.of(CN_MPS_AFC, 45, TH_CCIB, 35, MM_POLICE, 15, TH_AMLO, 5);
  private static final Weighted<AgencyId> MONEY_PUBLISHERS =
      Weighted.of(CN_MPS_AFC, 25, TH_CCIB, 20, MM_POLICE, 5, TH_AMLO, 50);
  private static final Weighted<AgencyId> WEB_PUBLISHERS =
      Weighted.of(CN_MPS_AFC, 40, TH_CCIB, 40, MM_POLICE, 10, TH_AMLO, 10);
  private static final Weighted<AgencyId> DEVICE_PUBLISHERS =
      Weighted.of(CN_MPS_AFC, 50, TH_CCIB, 35, MM_POLICE, 15);
  private static final Weighted<AgencyId> SOCIAL_PUBLISHERS =
      Weighted.of(CN_MPS_AFC, 35, TH_CCIB, 30, MM_POLICE, 30, TH_AMLO, 5);

  private final RandomGenerator random;
  private final SyntheticSelectors selectors;

  ItemFactory(RandomGenerator random, SyntheticSelectors selectors) {
    this.random = random;
    this.selectors = selectors;
  }

  Subject next() {
    SelectorType type = TYPES.pick(random);
    return switch (type) {
      case PHONE ->
          subject(selectors.phone(PHONE_REGIONS.pick(random)), PHONE_CATEGORIES, CALLS_PUBLISHERS);
      case BANK_ACCOUNT -> subject(account(), ACCOUNT_CATEGORIES, MONEY_PUBLISHERS);
      case WALLET -> subject(wallet(), WALLET_CATEGORIES, MONEY_PUBLISHERS);
      case DOMAIN, URL -> {
        DomainTheme theme = THEMES.pick(random);
        Spelled spelled = type == SelectorType.URL ? selectors.url(theme) : selectors.domain(theme);
        yield new Subject(spelled, categories(themeCategory(theme)), WEB_PUBLISHERS.pick(random));
      }
      case IP -> subject(selectors.next(SelectorType.IP), IP_CATEGORIES, WEB_PUBLISHERS);
      case IMEI -> subject(selectors.imei(), IMEI_CATEGORIES, DEVICE_PUBLISHERS);
      case IMSI -> subject(selectors.imsi(), IMSI_CATEGORIES, DEVICE_PUBLISHERS);
      case EMAIL -> subject(selectors.email(), EMAIL_CATEGORIES, WEB_PUBLISHERS);
      case APP -> subject(selectors.app(), APP_CATEGORIES, WEB_PUBLISHERS);
      case SOCIAL -> subject(selectors.social(), SOCIAL_CATEGORIES, SOCIAL_PUBLISHERS);
    };
  }

  private Subject subject(
      Spelled spelled, Weighted<Category> categories, Weighted<AgencyId> publishers) {
    return new Subject(spelled, categories(categories.pick(random)), publishers.pick(random));
  }

  /** The main category, and sometimes money-mule beside a fraud (accounts that took the money). */
  private Set<Category> categories(Category main) {
    Set<Category> categories = EnumSet.of(main);
    if (main != MONEY_MULE && random.nextInt(20) == 0) {
      categories.add(MONEY_MULE);
    }
    return categories;
  }

  private Category themeCategory(DomainTheme theme) {
    return switch (theme) {
      case PHISHING -> random.nextInt(5) == 0 ? FRAUD_CUSTOMER_SERVICE : FRAUD_PHISHING;
      case GAMBLING -> GAMBLING;
      case INVESTMENT -> FRAUD_INVESTMENT;
      case LOAN -> FRAUD_LOAN;
      case JOBS -> random.nextBoolean() ? FRAUD_JOB_TASK : RECRUITMENT_LURE;
    };
  }

  private Spelled account() {
    int r = random.nextInt(100);
    if (r < 40) {
      return selectors.nationalAccount("TH");
    } else if (r < 65) {
      return selectors.nationalAccount("CN");
    } else if (r < 75) {
      return selectors.nationalAccount("MM");
    } else if (r < 85) {
      return selectors.nationalAccount("KH");
    }
    return selectors.iban();
  }

  private Spelled wallet() {
    int r = random.nextInt(100);
    if (r < 55) {
      return selectors.tronWallet();
    }
    return r < 80 ? selectors.evmWallet() : selectors.bitcoinWallet();
  }
}
