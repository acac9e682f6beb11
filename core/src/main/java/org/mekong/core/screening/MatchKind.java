package org.mekong.core.screening;

/** How a screened selector matched an indexed one. */
public enum MatchKind {
  /** The same canonical key (a phone, account, wallet, domain, address, ...). */
  EXACT,
  /** A domain indicator on a parent of the screened domain, up to its registrable domain. */
  PARENT_DOMAIN,
  /** A URL indicator equal to one of the screened URL's Safe Browsing lookup expressions. */
  URL_EXPRESSION,
  /** A domain indicator on the screened URL's host or a parent of it up to the registrable one. */
  URL_HOST,
  /** An IP network indicator that contains the screened address or network. */
  CIDR
}
