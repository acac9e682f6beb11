package org.mekong.server.legal;

import java.util.Arrays;
import java.util.Optional;
import org.mekong.core.agency.AgencyKind;

/** The kinds of legal record, each with its code in storage and its collection in the API. */
public enum LegalKind {
  LEGAL_ACTION("legal-action", "/api/v1/legal-actions"),
  EXPULSION("expulsion", "/api/v1/expulsions"),
  ENTRY_BAN("entry-ban", "/api/v1/entry-bans"),
  NOTICE("notice", "/api/v1/notices");

  private final String code;
  private final String path;

  LegalKind(String code, String path) {
    this.code = code;
    this.path = path;
  }

  /** The code stored and shown as {@code type}, e.g. {@code entry-ban}. */
  public String code() {
    return code;
  }

  /** The API collection of records of this kind. */
  String path() {
    return path;
  }

  /**
   * Whether an agency of {@code kind} reads records of this kind, as the API's reads serve them
   * (the same caller kinds as {@code LegalRecordController}'s): never a screening client.
   */
  boolean readableBy(AgencyKind kind) {
    return switch (kind) {
      case LAW_ENFORCEMENT, IMMIGRATION, CONSULAR -> true;
      case FINANCIAL_INTELLIGENCE -> this == LEGAL_ACTION || this == NOTICE;
      case SCREENING_CLIENT -> false;
    };
  }

  static Optional<LegalKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
