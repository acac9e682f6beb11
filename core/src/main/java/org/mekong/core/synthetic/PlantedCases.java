package org.mekong.core.synthetic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.InformationAccuracy;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.SourceReliability;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Selector;

/**
 * The well-known cases that every world of a seed contains, as its first items, so that a day of
 * synthetic calls and transfers can mix them in and screening must find exactly them: a scam call
 * centre's Thai mobile numbers (published by cn-mps-afc at TLP:AMBER as fake-authority fraud, which
 * the agreements carry to the Thai operator), Thai mule accounts (th-amlo, TLP:AMBER, money mule,
 * carried to the operator's mobile-money wallet) and gambling domains (th-ccib, TLP:GREEN).
 */
public record PlantedCases(
    List<PublishedItem> callCentrePhones,
    List<PublishedItem> muleAccounts,
    List<PublishedItem> gamblingDomains) {

  /** How many numbers the call centre uses. */
  public static final int CALL_CENTRE_PHONES = 10;

  /** How many mule accounts are planted. */
  public static final int MULE_ACCOUNTS = 20;

  /** How many gambling domains are planted. */
  public static final int GAMBLING_DOMAINS = 5;

  /** How many items the planted cases are: the first items of every world. */
  public static final int SIZE = CALL_CENTRE_PHONES + MULE_ACCOUNTS + GAMBLING_DOMAINS;

  public PlantedCases {
    callCentrePhones = List.copyOf(callCentrePhones);
    muleAccounts = List.copyOf(muleAccounts);
    gamblingDomains = List.copyOf(gamblingDomains);
    if (callCentrePhones.size() != CALL_CENTRE_PHONES
        || muleAccounts.size() != MULE_ACCOUNTS
        || gamblingDomains.size() != GAMBLING_DOMAINS) {
      throw new IllegalArgumentException(
          "planted cases are "
              + CALL_CENTRE_PHONES
              + " phones, "
              + MULE_ACCOUNTS
              + " accounts and "
              + GAMBLING_DOMAINS
              + " domains");
    }
  }

  /** The planted cases of the world of {@code seed}, with the default anchor. */
  public static PlantedCases of(long seed) {
    return of(seed, SyntheticWorld.DEFAULT_ANCHOR);
  }

  /** The planted cases of the world of {@code seed} whose clock stands at {@code anchor}. */
  public static PlantedCases of(long seed, Instant anchor) {
    return make(new SyntheticSelectors(seed), anchor);
  }

  /** Every planted item, in world order: phones, accounts, domains. */
  public List<PublishedItem> all() {
    List<PublishedItem> all = new ArrayList<>(SIZE);
    all.addAll(callCentrePhones);
    all.addAll(muleAccounts);
    all.addAll(gamblingDomains);
    return List.copyOf(all);
  }

  /** Every planted selector, in world order. */
  public Set<Selector> selectors() {
    Set<Selector> selectors = new LinkedHashSet<>();
    all().forEach(item -> selectors.add(item.selector()));
    return selectors;
  }

  /** The planted cases drawn from {@code selectors} first, as the world does. */
  static PlantedCases make(SyntheticSelectors selectors, Instant anchor) {
    Instant since = anchor.minus(Duration.ofDays(14));
    List<PublishedItem> phones = new ArrayList<>();
    for (int i = 0; i < CALL_CENTRE_PHONES; i++) {
      phones.add(
          item(
              SyntheticWorld.CN_MPS_AFC,
              selectors.phone(PhoneRegion.TH).selector(),
              Category.FRAUD_IMPERSONATION_AUTHORITY,
              90,
              Tlp.AMBER,
              since,
              "Call centre in Myawaddy posing as 公安 (public security) officers; Thai SIM cards"
                  + " calling Chinese victims."));
    }
    List<PublishedItem> accounts = new ArrayList<>();
    for (int i = 0; i < MULE_ACCOUNTS; i++) {
      accounts.add(
          item(
              SyntheticWorld.TH_AMLO,
              selectors.nationalAccount("TH").selector(),
              Category.MONEY_MULE,
              85,
              Tlp.AMBER,
              since,
              "บัญชีม้า (mule account) receiving the call centre's victims' transfers."));
    }
    List<PublishedItem> domains = new ArrayList<>();
    for (int i = 0; i < GAMBLING_DOMAINS; i++) {
      domains.add(
          item(
              SyntheticWorld.TH_CCIB,
              selectors.domain(DomainTheme.GAMBLING).selector(),
              Category.GAMBLING,
              80,
              Tlp.GREEN,
              since,
              "Online casino บาคาร่า (baccarat) site paid through the mule accounts."));
    }
    return new PlantedCases(phones, accounts, domains);
  }

  private static PublishedItem item(
      AgencyId originator,
      Selector selector,
      Category category,
      int confidence,
      Tlp tlp,
      Instant validFrom,
      String description) {
    Marking marking =
        new Marking(
            tlp,
            Handling.NONE,
            new Evaluation(SourceReliability.B, InformationAccuracy.KNOWN_TO_SOURCE),
            Set.of());
    return new PublishedItem(
        originator,
        new IndicatorDraft(
            selector,
            Set.of(category),
            confidence,
            marking,
            validFrom,
            null,
            description,
            List.of()));
  }
}
