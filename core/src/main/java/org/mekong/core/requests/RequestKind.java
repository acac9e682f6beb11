package org.mekong.core.requests;

import java.util.Arrays;
import java.util.Optional;

/** What one agency asks another to do; each kind has its own payload ({@link RequestPayload}). */
public enum RequestKind {
  /** Tell us what you know about these selectors or this question. */
  INFORMATION("information"),
  /** Freeze or stop payments on these accounts or wallets. */
  FREEZE("freeze"),
  /** Suspend these phone numbers, SIMs or handsets. */
  SUSPENSION("suspension"),
  /** Take down these domains, URLs or apps. */
  TAKEDOWN("takedown"),
  /** Cut power, internet, mobile service or fuel to an area. */
  CUT_SERVICE("cut-service"),
  /** Preserve the data held on these selectors. */
  PRESERVATION("preservation"),
  /** Hand over a person. */
  HANDOVER("handover");

  private final String code;

  RequestKind(String code) {
    this.code = code;
  }

  /** The stable code of the API, e.g. {@code cut-service}. */
  public String code() {
    return code;
  }

  /** Whether the recipient confirms the execution of this kind item by item. */
  public boolean executable() {
    return switch (this) {
      case FREEZE, SUSPENSION, TAKEDOWN, CUT_SERVICE, PRESERVATION -> true;
      case INFORMATION, HANDOVER -> false;
    };
  }

  /** The kind with this code, if any. */
  public static Optional<RequestKind> fromCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }

  /** Every code, for messages. */
  public static String codes() {
    return String.join(", ", Arrays.stream(values()).map(RequestKind::code).toList());
  }
}
