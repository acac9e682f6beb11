package org.mekong.server.taxii;

import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.server.agency.Caller;
import org.springframework.http.HttpStatus;

/** Who calls the TAXII server: an agency, never the operator's admin key. */
final class TaxiiCallers {

  private TaxiiCallers() {}

  static Agency agency(Caller caller) {
    Agency agency = caller.agency();
    if (agency == null) {
      throw new TaxiiException(
          HttpStatus.FORBIDDEN, "the admin key acts for no agency; use an agency's key");
    }
    return agency;
  }

  /**
   * Whether a caller may add objects: every agency of this node except screening clients; a partner
   * node's agency reads here but does not write.
   */
  static boolean mayWrite(Caller caller) {
    Agency agency = caller.agency();
    return agency != null && !caller.isRemote() && agency.kind() != AgencyKind.SCREENING_CLIENT;
  }
}
