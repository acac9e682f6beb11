package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mekong.server.agency.Serves;
import org.mekong.server.federation.FederationStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Federation: each partner's state, lag, last error and latest refusals. */
@Controller
class FederationPage {

  private static final int REFUSALS_SHOWN = 20;

  private final FederationStatus federation;

  FederationPage(FederationStatus federation) {
    this.federation = federation;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/federation")
  String federation(Model model) {
    List<FederationStatus.PartnerStatus> partners = federation.partners();
    Map<String, List<FederationStatus.Refusal>> refusals = new LinkedHashMap<>();
    partners.forEach(p -> refusals.put(p.name(), federation.refusals(p.name(), REFUSALS_SHOWN)));
    model.addAttribute("partners", partners);
    model.addAttribute("refusals", refusals);
    return "console/federation";
  }
}
