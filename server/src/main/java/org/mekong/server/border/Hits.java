package org.mekong.server.border;

import java.util.List;
import org.mekong.core.border.check.PersonMatch;
import org.mekong.server.casework.OpenCaseMatches;
import org.mekong.server.legal.Listing;
import org.mekong.server.names.ListedPersons;

/**
 * The hits a check answers, one per kind of record matched: what it is, why it matched and what the
 * officer is asked to do. An open case the officer's agency may not see says only which agency to
 * refer to.
 */
final class Hits {

  /** The finding added while the sanctions lists are still being loaded into memory. */
  static final String LISTS_NOT_READY =
      "the sanctions lists are still being loaded on this node: this check did not screen against"
          + " them; check again in a few minutes";

  private Hits() {}

  static CheckJson.Hit of(Listing listing, PersonMatch match) {
    return new CheckJson.Hit(
        listing.kind().code(),
        listing.id().toString(),
        listing.originator().value(),
        match.strength().code(),
        listing.summary(),
        listing.standing(),
        listing.onHit(),
        match.reasons(),
        null,
        null);
  }

  static CheckJson.Hit of(OpenCaseMatches.Hit hit) {
    String agency = hit.caseAgency().value();
    if (!hit.disclosed()) {
      return new CheckJson.Hit(
          "open-case",
          null,
          agency,
          hit.match().strength().code(),
          "a person in an open case of " + agency + " may be this traveller",
          "withheld",
          "refer to " + agency,
          List.of(
              "details withheld: your agency may not see this case or this person's particulars"
                  + " under the casework disclosure rules; "
                  + agency
                  + " can"),
          null,
          null);
    }
    return new CheckJson.Hit(
        "open-case",
        hit.caseId().toString(),
        agency,
        hit.match().strength().code(),
        "person in open case " + hit.caseId() + " of " + agency + " (" + hit.caseState() + ")",
        hit.caseState(),
        "inform "
            + agency
            + " (the case's agency); the person may be a victim of trafficking: do not act on"
            + " the case without that agency",
        hit.match().reasons(),
        null,
        null);
  }

  static CheckJson.Hit of(ListedPersons.Hit hit) {
    String programmes =
        hit.programmes().isEmpty() ? "none named" : String.join(", ", hit.programmes());
    String datasets =
        hit.datasets().isEmpty() ? "" : " (" + String.join(", ", hit.datasets()) + ")";
    return new CheckJson.Hit(
        "sanctioned-person",
        hit.list() + "/" + hit.entityId(),
        hit.importerShown() ? hit.importedBy().value() : "withheld",
        hit.match().strength().code(),
        "sanctioned person "
            + hit.name()
            + " on list "
            + hit.list()
            + datasets
            + "; programmes: "
            + programmes,
        "listed",
        "verify the identity; a sanctions listing may bar entry or require a report under"
            + " national law: refer to your supervisor",
        hit.match().reasons(),
        hit.list(),
        hit.programmes());
  }
}
