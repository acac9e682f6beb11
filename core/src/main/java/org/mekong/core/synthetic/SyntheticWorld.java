package org.mekong.core.synthetic;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Tlp;
import org.mekong.core.sharing.SharingAgreement;

/**
 * The synthetic world of the demo and the benchmarks: the demo agencies, their sharing agreements,
 * a stream of published indicators and a plan of sightings, all reproducible from a seed.
 *
 * <p>{@link #generate} streams items in constant memory. The same seed (and anchor) gives the same
 * items in the same order; no originator publishes one selector twice, and about one selector in
 * twenty is published by two or three agencies. The first {@link PlantedCases#SIZE} items are the
 * {@link PlantedCases planted cases}. Worlds of up to ten million items are supported; beyond, a
 * generator may run out of distinct values and throws {@link IllegalStateException}.
 */
public final class SyntheticWorld {

  /** China's Ministry of Public Security, National Anti-Fraud Center (law enforcement). */
  public static final AgencyId CN_MPS_AFC = new AgencyId("cn-mps-afc");

  /** Royal Thai Police, Cyber Crime Investigation Bureau (law enforcement). */
  public static final AgencyId TH_CCIB = new AgencyId("th-ccib");

  /** Thai Immigration Bureau (immigration). */
  public static final AgencyId TH_IMMIGRATION = new AgencyId("th-immigration");

  /** Myanmar Police Force, Transnational Crime Department (law enforcement). */
  public static final AgencyId MM_POLICE = new AgencyId("mm-police");

  /** Thailand's Anti-Money Laundering Office (financial intelligence). */
  public static final AgencyId TH_AMLO = new AgencyId("th-amlo");

  /** Chao Phraya Mobile, the demo mobile operator with a mobile-money wallet (screening client). */
  public static final AgencyId TH_CHAOPHRAYA_MOBILE = new AgencyId("th-chaophraya-mobile");

  /** Mekhala Bank, the demo's fictional Thai bank that screens its transfers (screening client). */
  public static final AgencyId TH_MEKHALA_BANK = new AgencyId("th-mekhala-bank");

  /** The agencies that publish indicators in the world; never a screening client. */
  public static final List<AgencyId> PUBLISHERS = List.of(CN_MPS_AFC, TH_CCIB, MM_POLICE, TH_AMLO);

  /** The world's clock when none is given: validity windows and sightings lie around it. */
  public static final Instant DEFAULT_ANCHOR = Instant.parse("2026-11-01T00:00:00Z");

  private SyntheticWorld() {}

  /** The demo agencies: the same ids, names, countries and kinds as the demo node seeds. */
  public static List<Agency> agencies() {
    return List.of(
        agency(
            CN_MPS_AFC,
            "Ministry of Public Security, National Anti-Fraud Center",
            "CN",
            AgencyKind.LAW_ENFORCEMENT),
        agency(
            TH_CCIB,
            "Royal Thai Police, Cyber Crime Investigation Bureau",
            "TH",
            AgencyKind.LAW_ENFORCEMENT),
        agency(TH_IMMIGRATION, "Thai Immigration Bureau", "TH", AgencyKind.IMMIGRATION),
        agency(
            MM_POLICE,
            "Myanmar Police Force, Transnational Crime Department",
            "MM",
            AgencyKind.LAW_ENFORCEMENT),
        agency(TH_AMLO, "Anti-Money Laundering Office", "TH", AgencyKind.FINANCIAL_INTELLIGENCE),
        agency(
            TH_CHAOPHRAYA_MOBILE,
            "Chao Phraya Mobile (demo mobile operator)",
            "TH",
            AgencyKind.SCREENING_CLIENT),
        agency(TH_MEKHALA_BANK, "Mekhala Bank (demo bank)", "TH", AgencyKind.SCREENING_CLIENT));
  }

  /**
   * The standing agreements of the demo, chosen so that every rule of the sharing policy shows:
   * China shares fraud and money mules with Thai and Myanmar police; th-ccib passes fraud and
   * calling infrastructure to the Thai operator (which sees China's TLP:AMBER fraud as a client of
   * a recipient, originator withheld); th-amlo shares mule accounts with th-ccib and the operator's
   * wallet; the Thai bank gets mule accounts and laundering wallets from th-amlo and fraud from
   * th-ccib; Myanmar shares recruitment lures; agreements to Myanmar and to clients stop at
   * TLP:AMBER. Myanmar's police and Thai Immigration, Thai Immigration and China's MPS agree on
   * recruitment lures: the agreements that let the rescued people's manifests go (a manifest needs
   * one between sender and receiver).
   */
  public static List<SharingAgreement> agreements() {
    return List.of(
        new SharingAgreement(
            CN_MPS_AFC,
            TH_CCIB,
            EnumSet.of(
                Category.FRAUD,
                Category.MONEY_MULE,
                Category.CALLING_INFRASTRUCTURE,
                Category.RECRUITMENT_LURE)),
        new SharingAgreement(
            CN_MPS_AFC,
            MM_POLICE,
            EnumSet.of(Category.FRAUD, Category.MONEY_MULE, Category.RECRUITMENT_LURE),
            Tlp.AMBER),
        new SharingAgreement(
            TH_CCIB,
            TH_CHAOPHRAYA_MOBILE,
            EnumSet.of(Category.FRAUD, Category.CALLING_INFRASTRUCTURE),
            Tlp.AMBER),
        new SharingAgreement(
            TH_CCIB,
            CN_MPS_AFC,
            EnumSet.of(Category.FRAUD, Category.GAMBLING, Category.MONEY_MULE)),
        new SharingAgreement(
            TH_CCIB, TH_IMMIGRATION, EnumSet.of(Category.RECRUITMENT_LURE), Tlp.AMBER),
        new SharingAgreement(
            TH_AMLO, TH_CCIB, EnumSet.of(Category.MONEY_MULE, Category.CRYPTO_LAUNDERING)),
        new SharingAgreement(
            TH_AMLO, TH_CHAOPHRAYA_MOBILE, EnumSet.of(Category.MONEY_MULE), Tlp.AMBER),
        new SharingAgreement(
            TH_AMLO,
            TH_MEKHALA_BANK,
            EnumSet.of(Category.MONEY_MULE, Category.CRYPTO_LAUNDERING),
            Tlp.AMBER),
        new SharingAgreement(TH_CCIB, TH_MEKHALA_BANK, EnumSet.of(Category.FRAUD), Tlp.AMBER),
        new SharingAgreement(
            MM_POLICE, TH_CCIB, EnumSet.of(Category.RECRUITMENT_LURE, Category.FRAUD), Tlp.AMBER),
        new SharingAgreement(
            MM_POLICE,
            CN_MPS_AFC,
            EnumSet.of(Category.FRAUD, Category.RECRUITMENT_LURE, Category.CALLING_INFRASTRUCTURE),
            Tlp.AMBER),
        new SharingAgreement(
            MM_POLICE, TH_IMMIGRATION, EnumSet.of(Category.RECRUITMENT_LURE), Tlp.AMBER),
        new SharingAgreement(
            TH_IMMIGRATION, CN_MPS_AFC, EnumSet.of(Category.RECRUITMENT_LURE), Tlp.AMBER));
  }

  /** {@link #generate(long, long, Instant)} at {@link #DEFAULT_ANCHOR}. */
  public static Stream<PublishedItem> generate(long seed, long indicatorCount) {
    return generate(seed, indicatorCount, DEFAULT_ANCHOR);
  }

  /**
   * The first {@code indicatorCount} items of the world of {@code seed}, lazily (a sequential
   * stream in constant memory); validity windows start up to 180 days before {@code anchor}.
   */
  public static Stream<PublishedItem> generate(long seed, long indicatorCount, Instant anchor) {
    return StreamSupport.stream(
        Spliterators.spliterator(
            new WorldIterator(seed, indicatorCount, anchor),
            indicatorCount,
            Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /** {@link #sightings(long, long, Instant)} at {@link #DEFAULT_ANCHOR}. */
  public static Stream<PlannedSighting> sightings(long seed, long indicatorCount) {
    return sightings(seed, indicatorCount, DEFAULT_ANCHOR);
  }

  /**
   * The sightings to report once the same world ({@code seed}, {@code indicatorCount}, {@code
   * anchor}) is published, in item order; observed within 30 days before {@code anchor}.
   */
  public static Stream<PlannedSighting> sightings(long seed, long indicatorCount, Instant anchor) {
    SightingPlanner planner = new SightingPlanner(seed, anchor);
    AtomicLong index = new AtomicLong();
    return generate(seed, indicatorCount, anchor)
        .flatMap(item -> planner.plan(index.getAndIncrement(), item).stream());
  }

  /** The planted cases of the world of {@code seed}: its first {@link PlantedCases#SIZE} items. */
  public static PlantedCases planted(long seed) {
    return PlantedCases.of(seed);
  }

  private static Agency agency(AgencyId id, String name, String country, AgencyKind kind) {
    return new Agency(id, name, new CountryCode(country), kind);
  }
}
