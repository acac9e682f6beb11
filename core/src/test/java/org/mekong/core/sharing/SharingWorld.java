package org.mekong.core.sharing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Tlp;

/**
 * A small node for the sharing tests: nine agencies in China, Thailand and Myanmar, one outsider
 * from Cambodia, and these agreements.
 *
 * <pre>
 * th-ccib        -> cn-mps    fraud                   up to amber+strict
 * th-ccib        -> th-amlo   money-mule              up to amber only
 * th-ccib        -> th-imm    recruitment-lure        up to amber+strict
 * th-ccib        -> th-telco  calling-infrastructure  up to amber+strict  (originator to a client)
 * cn-mps         -> cn-telco  fraud.impersonation                         (law enforcement to client)
 * th-amlo        -> th-bank   fraud, money-mule                           (FIU to client)
 * th-imm         -> th-telco  recruitment-lure                            (immigration: not honoured)
 * mm-police      -> mm-bank   fraud                                       (law enforcement to client)
 * cn-mps         -> mm-bank   gambling                                    (cn-mps never gets gambling)
 * </pre>
 */
final class SharingWorld {

  static final Agency TH_CCIB = agency("th-ccib", "TH", AgencyKind.LAW_ENFORCEMENT);
  static final Agency CN_MPS = agency("cn-mps", "CN", AgencyKind.LAW_ENFORCEMENT);
  static final Agency CN_TELCO = agency("cn-telco", "CN", AgencyKind.SCREENING_CLIENT);
  static final Agency TH_AMLO = agency("th-amlo", "TH", AgencyKind.FINANCIAL_INTELLIGENCE);
  static final Agency TH_IMM = agency("th-imm", "TH", AgencyKind.IMMIGRATION);
  static final Agency TH_BANK = agency("th-bank", "TH", AgencyKind.SCREENING_CLIENT);
  static final Agency TH_TELCO = agency("th-telco", "TH", AgencyKind.SCREENING_CLIENT);
  static final Agency MM_POLICE = agency("mm-police", "MM", AgencyKind.LAW_ENFORCEMENT);
  static final Agency MM_BANK = agency("mm-bank", "MM", AgencyKind.SCREENING_CLIENT);

  /** Not known to the node. */
  static final Agency KH_POLICE = agency("kh-police", "KH", AgencyKind.LAW_ENFORCEMENT);

  /** Every viewer, in the column order of the visibility table. */
  static final List<Agency> VIEWERS =
      List.of(
          TH_CCIB, CN_MPS, CN_TELCO, TH_AMLO, TH_IMM, TH_BANK, TH_TELCO, MM_POLICE, MM_BANK,
          KH_POLICE);

  static final List<Agency> COMMUNITY = VIEWERS.subList(0, VIEWERS.size() - 1);

  static final List<SharingAgreement> AGREEMENTS =
      List.of(
          new SharingAgreement(TH_CCIB.id(), CN_MPS.id(), Set.of(Category.FRAUD)),
          new SharingAgreement(TH_CCIB.id(), TH_AMLO.id(), Set.of(Category.MONEY_MULE), Tlp.AMBER),
          new SharingAgreement(TH_CCIB.id(), TH_IMM.id(), Set.of(Category.RECRUITMENT_LURE)),
          new SharingAgreement(
              TH_CCIB.id(), TH_TELCO.id(), Set.of(Category.CALLING_INFRASTRUCTURE)),
          new SharingAgreement(CN_MPS.id(), CN_TELCO.id(), Set.of(Category.FRAUD_IMPERSONATION)),
          new SharingAgreement(
              TH_AMLO.id(), TH_BANK.id(), EnumSet.of(Category.FRAUD, Category.MONEY_MULE)),
          new SharingAgreement(TH_IMM.id(), TH_TELCO.id(), Set.of(Category.RECRUITMENT_LURE)),
          new SharingAgreement(MM_POLICE.id(), MM_BANK.id(), Set.of(Category.FRAUD)),
          new SharingAgreement(CN_MPS.id(), MM_BANK.id(), Set.of(Category.GAMBLING)));

  static final SharingPolicy POLICY = new SharingPolicy(COMMUNITY, AGREEMENTS);

  private SharingWorld() {}

  private static Agency agency(String id, String country, AgencyKind kind) {
    return new Agency(new AgencyId(id), id, new CountryCode(country), kind);
  }
}
