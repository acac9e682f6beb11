package org.mekong.server.screening;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.stream.Collectors;
import org.mekong.server.audit.AuditContext;

/** Names, in the request's audit entry, which indicators a screening answer disclosed. */
final class Disclosures {

  /** How many indicator ids an audit entry names before it only counts the rest. */
  static final int NAMED = 20;

  private Disclosures() {}

  /** Describes a screening request of {@code screened} units that hit these indicators. */
  static void audit(HttpServletRequest http, String screened, Collection<String> indicators) {
    String named = indicators.stream().limit(NAMED).collect(Collectors.joining(","));
    String rest = indicators.size() > NAMED ? " +" + (indicators.size() - NAMED) + " more" : "";
    AuditContext.describe(
        http,
        "screening",
        screened + (indicators.isEmpty() ? ", no hits" : ", hit " + named + rest));
  }
}
