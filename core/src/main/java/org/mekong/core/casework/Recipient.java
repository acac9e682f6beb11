package org.mekong.core.casework;

import org.mekong.core.agency.AgencyKind;

/** Who asks to see a person's record, relative to that record. */
public enum Recipient {
  /** The agency that created the record. */
  CREATOR,
  /** A consular agency of one of the person's nationalities. */
  CONSUL_OF_NATIONALITY,
  /** An agency the person was (or is to be) handed over to, by a case event or a manifest. */
  RECEIVER,
  /** Another law-enforcement agency of this node. */
  LAW_ENFORCEMENT,
  /** Another immigration agency of this node. */
  IMMIGRATION,
  /** A consular agency of this node for other nationalities. */
  OTHER_CONSUL,
  /** A financial-intelligence unit of this node. */
  FINANCIAL_INTELLIGENCE,
  /** A telecom operator, bank or payment service. */
  SCREENING_CLIENT,
  /** An agency of a partner node. */
  PARTNER;

  /** The recipient an agency of {@code kind} is for a record, the closest relation first. */
  public static Recipient of(
      AgencyKind kind,
      boolean partner,
      boolean creator,
      boolean consulOfNationality,
      boolean receiver) {
    if (partner) {
      return PARTNER;
    }
    if (creator) {
      return CREATOR;
    }
    if (kind == AgencyKind.SCREENING_CLIENT) {
      return SCREENING_CLIENT;
    }
    if (consulOfNationality && kind == AgencyKind.CONSULAR) {
      return CONSUL_OF_NATIONALITY;
    }
    if (receiver) {
      return RECEIVER;
    }
    return switch (kind) {
      case LAW_ENFORCEMENT -> LAW_ENFORCEMENT;
      case IMMIGRATION -> IMMIGRATION;
      case CONSULAR -> OTHER_CONSUL;
      case FINANCIAL_INTELLIGENCE -> FINANCIAL_INTELLIGENCE;
      case SCREENING_CLIENT -> SCREENING_CLIENT;
    };
  }
}
