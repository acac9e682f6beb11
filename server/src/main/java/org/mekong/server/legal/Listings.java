package org.mekong.server.legal;

import java.time.Clock;
import org.mekong.core.legal.BanStanding;
import org.mekong.core.legal.EntryBan;
import org.mekong.core.legal.LegalAction;
import org.mekong.core.legal.Notice;
import org.mekong.core.legal.NoticeStanding;
import org.mekong.core.legal.Person;

/** Makes the {@link Listing} of a stored record: its summary, what to do on a hit, its standing. */
final class Listings {

  private Listings() {}

  static Listing of(StoredRecord stored, Decoded record, Person person, Clock clock) {
    String summary;
    String onHit;
    boolean applies;
    switch (record) {
      case Decoded.Ban b -> {
        EntryBan ban = b.record();
        BanStanding standing = ban.standing(clock);
        summary =
            "entry ban "
                + ban.decisionReference()
                + " by "
                + ban.issuingAuthority()
                + ": "
                + ban.reason();
        applies = standing.applies();
        onHit =
            switch (standing) {
              case ACTIVE -> ban.actionOnHit().instruction();
              case ACTIVE_UNDER_APPEAL ->
                  ban.actionOnHit().instruction() + " (the ban is under appeal)";
              case NOT_YET, SUSPENDED, EXPIRED, LIFTED ->
                  "none: the ban is " + standing.code() + "; inform the issuing authority only";
            };
      }
      case Decoded.Note n -> {
        Notice notice = n.record();
        NoticeStanding standing = notice.standing(clock);
        summary =
            notice.colour().code()
                + " notice ("
                + notice.colour().colour()
                + "): "
                + notice.title();
        applies = standing.inForce() && notice.colour().screenedAtBorder();
        onHit =
            !applies
                ? "none: the notice is " + standing.code()
                : switch (notice.colour()) {
                  case WANTED -> "hold the person and inform the issuing agency: wanted for arrest";
                  case MISSING -> "ensure the person's safety and inform the issuing agency";
                  case INFORMATION, MODUS_OPERANDI, ASSET_TRACING, THREAT ->
                      "inform the issuing agency";
                };
      }
      case Decoded.Action a -> {
        LegalAction action = a.record();
        summary =
            action.kind().code()
                + " "
                + action.caseReference()
                + " by "
                + action.authority()
                + " on "
                + action.date();
        applies = action.status().stands();
        onHit = applies ? "refer to the acting authority" : "none: the action was withdrawn";
      }
      case Decoded.Order o -> {
        summary = "expulsion order " + o.record().orderReference();
        applies = o.record().reEntryBarred();
        onHit = applies ? "re-entry is barred: refer to the issuing authority" : "none";
      }
    }
    return new Listing(
        stored.id(),
        stored.kind(),
        stored.originator(),
        stored.shared(),
        person,
        summary,
        onHit,
        record.standing(clock),
        applies);
  }
}
