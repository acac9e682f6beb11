package org.mekong.server.taxii;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other path or method under {@code /taxii2/} is a TAXII 404, not a problem document. */
@RestController
class UnknownResources {

  @RequestMapping("/taxii2/**")
  void unknown(HttpServletRequest request) {
    throw TaxiiException.notFound(
        "no TAXII resource answers " + request.getMethod() + " " + request.getRequestURI());
  }
}
