package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import java.util.List;
import org.mekong.server.agency.CallerKind;
import org.mekong.server.agency.Serves;
import org.mekong.server.casework.ManifestActions;
import org.mekong.server.federation.FederationStatus;
import org.mekong.server.legal.LegalActions;
import org.mekong.server.screening.AlertActions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Home: what needs attention — open alerts; for authorities, partners failing; for casework
 * agencies, manifests waiting for them; for issuers of notices, drafts awaiting review.
 */
@Controller
class HomePage {

  private final AlertActions alerts;
  private final FederationStatus federation;
  private final ManifestActions manifests;
  private final LegalActions legal;

  HomePage(
      AlertActions alerts,
      FederationStatus federation,
      ManifestActions manifests,
      LegalActions legal) {
    this.alerts = alerts;
    this.federation = federation;
    this.manifests = manifests;
    this.legal = legal;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @GetMapping("/")
  String home(Authentication authentication, Model model) {
    ConsoleSession session = ConsoleSession.of(authentication);
    model.addAttribute("openAlerts", alerts.queue(session.agency(), "open").size());
    if (session.caller().kind().isOwnAuthority()) {
      List<FederationStatus.PartnerStatus> failing =
          federation.partners().stream().filter(FederationStatus.PartnerStatus::failing).toList();
      model.addAttribute("failing", failing);
    }
    CallerKind kind = session.caller().kind();
    if (kind == LAW_ENFORCEMENT || kind == IMMIGRATION || kind == CONSULAR) {
      model.addAttribute("manifestsWaiting", manifests.waiting(session.agency()));
    }
    if (kind == LAW_ENFORCEMENT || kind == IMMIGRATION) {
      model.addAttribute("noticesAwaitingReview", legal.awaitingReview(session.agency()));
    }
    return "console/home";
  }
}
