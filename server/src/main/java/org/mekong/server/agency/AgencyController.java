package org.mekong.server.agency;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a caller may ask about agencies: who am I, who else takes part that it may know of. */
@RestController
@RequestMapping("/api/v1")
class AgencyController {

  /** The answer to whoami. */
  record WhoAmI(@Nullable AgencyView agency, String keyId, boolean admin) {}

  private final AgencyDirectory directory;

  AgencyController(AgencyDirectory directory) {
    this.directory = directory;
  }

  @Serves({
    ADMIN,
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/whoami")
  WhoAmI whoami(@AuthenticationPrincipal Caller caller) {
    var agency = caller.agency();
    return new WhoAmI(
        agency == null ? null : AgencyView.of(agency, caller.node()),
        caller.keyId().toString(),
        caller.isAdmin());
  }

  @Serves({
    ADMIN,
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  /**
   * The agencies the caller may know of: every one for the operator and this node's authorities; a
   * screening client sees itself and the agencies that publish (not the other screening clients); a
   * partner node's agency sees itself and this node's own authorities.
   */
  @GetMapping("/agencies")
  List<AgencyView> agencies(@AuthenticationPrincipal Caller caller) {
    List<AgencyView> all = AgencyView.all(directory);
    Agency self = caller.agency();
    return switch (caller.kind()) {
      case ADMIN, LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, PUBLIC -> all;
      case SCREENING_CLIENT ->
          all.stream().filter(view -> isSelf(view, self) || !isScreeningClient(view)).toList();
      case REMOTE_AGENCY ->
          all.stream()
              .filter(
                  view -> isSelf(view, self) || (view.node() == null && !isScreeningClient(view)))
              .toList();
    };
  }

  private static boolean isSelf(AgencyView view, @Nullable Agency self) {
    return self != null && view.id().equals(self.id().value());
  }

  private static boolean isScreeningClient(AgencyView view) {
    return view.kind().equals(AgencyKind.SCREENING_CLIENT.code());
  }
}
