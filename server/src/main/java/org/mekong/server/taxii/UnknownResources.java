package org.mekong.server.taxii;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import org.mekong.server.agency.Serves;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path or method under {@code /taxii2/} is a TAXII 404, not a problem document. */
@RestController
class UnknownResources {

  @Serves({
    ADMIN,
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @RequestMapping("/taxii2/**")
  void unknown(HttpServletRequest request) {
    throw TaxiiException.notFound(
        "no TAXII resource answers " + request.getMethod() + " " + request.getRequestURI());
  }
}
