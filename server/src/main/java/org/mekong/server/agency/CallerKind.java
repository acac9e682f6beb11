package org.mekong.server.agency;

import org.mekong.core.agency.AgencyKind;

/**
 * The kinds of caller an endpoint may serve ({@link Serves}): the node operator's admin key, each
 * kind of this node's own agencies, a partner node's agency, and {@link #PUBLIC} for the few
 * endpoints anyone may call without a key.
 */
public enum CallerKind {
  /** The node operator's admin key. */
  ADMIN,
  /** A law-enforcement agency of this node. */
  LAW_ENFORCEMENT,
  /** An immigration agency of this node. */
  IMMIGRATION,
  /** A consular agency of this node. */
  CONSULAR,
  /** A financial-intelligence unit of this node. */
  FINANCIAL_INTELLIGENCE,
  /** A telecom operator, bank or payment service that screens against the shared list. */
  SCREENING_CLIENT,
  /** A partner node's agency, registered here so that it may read what it is entitled to. */
  REMOTE_AGENCY,
  /** Anyone, with or without a key: health and the API description. */
  PUBLIC;

  /** The kind of an own agency of this kind. */
  static CallerKind of(AgencyKind kind) {
    return switch (kind) {
      case LAW_ENFORCEMENT -> LAW_ENFORCEMENT;
      case IMMIGRATION -> IMMIGRATION;
      case CONSULAR -> CONSULAR;
      case FINANCIAL_INTELLIGENCE -> FINANCIAL_INTELLIGENCE;
      case SCREENING_CLIENT -> SCREENING_CLIENT;
    };
  }

  /** Whether this kind is a public-sector agency of this node (not a client, partner or admin). */
  public boolean isOwnAuthority() {
    return switch (this) {
      case LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE -> true;
      case ADMIN, SCREENING_CLIENT, REMOTE_AGENCY, PUBLIC -> false;
    };
  }
}
