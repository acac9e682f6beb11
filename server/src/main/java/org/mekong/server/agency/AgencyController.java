package org.mekong.server.agency;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What any authenticated caller may ask about agencies: who am I, who else takes part. */
@RestController
@RequestMapping("/api/v1")
class AgencyController {

  /** The answer to whoami. */
  record WhoAmI(@Nullable AgencyView agency, String keyId, boolean admin) {}

  private final AgencyDirectory directory;

  AgencyController(AgencyDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/whoami")
  WhoAmI whoami(@AuthenticationPrincipal Caller caller) {
    var agency = caller.agency();
    return new WhoAmI(
        agency == null ? null : AgencyView.of(agency, caller.node()),
        caller.keyId().toString(),
        caller.isAdmin());
  }

  @GetMapping("/agencies")
  List<AgencyView> agencies() {
    return AgencyView.all(directory);
  }
}
