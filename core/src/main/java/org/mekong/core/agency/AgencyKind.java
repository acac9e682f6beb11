package org.mekong.core.agency;

import java.util.Arrays;
import java.util.Optional;

/** What an agency does in the exchange; decides what it may see and do. */
public enum AgencyKind {
  LAW_ENFORCEMENT("law-enforcement"),
  IMMIGRATION("immigration"),
  CONSULAR("consular"),
  FINANCIAL_INTELLIGENCE("financial-intelligence"),
  SCREENING_CLIENT("screening-client");

  private final String code;

  AgencyKind(String code) {
    this.code = code;
  }

  /** The stable code used in the API and in files, e.g. {@code law-enforcement}. */
  public String code() {
    return code;
  }

  /** The kind with this code, if there is one. */
  public static Optional<AgencyKind> fromCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
