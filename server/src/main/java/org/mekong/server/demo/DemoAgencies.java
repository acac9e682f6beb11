package org.mekong.server.demo;

import java.util.List;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;

/** The agencies a demo node starts with: three countries, every kind that matters first. */
final class DemoAgencies {

  static final List<Agency> ALL =
      List.of(
          agency(
              "cn-mps-afc",
              "Ministry of Public Security, National Anti-Fraud Center",
              "CN",
              AgencyKind.LAW_ENFORCEMENT),
          agency(
              "th-ccib",
              "Royal Thai Police, Cyber Crime Investigation Bureau",
              "TH",
              AgencyKind.LAW_ENFORCEMENT),
          agency("th-immigration", "Thai Immigration Bureau", "TH", AgencyKind.IMMIGRATION),
          agency(
              "mm-police",
              "Myanmar Police Force, Transnational Crime Department",
              "MM",
              AgencyKind.LAW_ENFORCEMENT),
          agency(
              "th-amlo", "Anti-Money Laundering Office", "TH", AgencyKind.FINANCIAL_INTELLIGENCE),
          agency(
              "th-chaophraya-mobile",
              "Chao Phraya Mobile (demo mobile operator)",
              "TH",
              AgencyKind.SCREENING_CLIENT),
          agency("th-mekhala-bank", "Mekhala Bank (demo bank)", "TH", AgencyKind.SCREENING_CLIENT));

  private DemoAgencies() {}

  private static Agency agency(String id, String name, String country, AgencyKind kind) {
    return new Agency(new AgencyId(id), name, new CountryCode(country), kind);
  }
}
