package org.mekong.server.legal;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.EntryBan;
import org.mekong.core.legal.Expulsion;
import org.mekong.core.legal.LegalAction;
import org.mekong.core.legal.Links;
import org.mekong.core.legal.Notice;
import org.mekong.core.legal.Organisation;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.Review;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;

/**
 * Writes core legal records as their JSON ({@link LegalJson}), the inverse of {@link LegalInput}.
 */
final class LegalOutput {

  private LegalOutput() {}

  static LegalJson.ActionJson action(LegalAction action) {
    LegalJson.SubjectJson subject =
        switch (action.subject()) {
          case Person p -> {
            LegalJson.PersonJson json = person(p);
            yield new LegalJson.SubjectJson(
                "person",
                json.names(),
                json.birthDate(),
                json.nationality(),
                json.sex(),
                json.documents(),
                null,
                null);
          }
          case Organisation o ->
              new LegalJson.SubjectJson(
                  "organisation", o.names(), null, null, null, null, o.country(), o.registration());
        };
    return new LegalJson.ActionJson(
        action.kind().code(),
        subject,
        action.caseReference(),
        action.authority(),
        action.date().toString(),
        action.legalBasis(),
        action.status().code(),
        action.details(),
        links(action.links()));
  }

  static LegalJson.ExpulsionJson expulsion(Expulsion order) {
    UUID ban = order.entryBan();
    return new LegalJson.ExpulsionJson(
        person(order.subject()),
        order.orderReference(),
        order.issuingAuthority(),
        order.legalBasis(),
        order.orderDate().toString(),
        order.destination(),
        order.receivingAuthority(),
        date(order.carriedOut()),
        order.exitAllowed(),
        order.reEntryBarred(),
        ban == null ? null : ban.toString(),
        order.note(),
        links(order.links()));
  }

  static LegalJson.BanJson ban(EntryBan ban) {
    return new LegalJson.BanJson(
        person(ban.subject()),
        ban.reason(),
        ban.issuingAuthority(),
        ban.decisionReference(),
        ban.offenceType(),
        ban.start().toString(),
        date(ban.expiry()),
        ban.actionOnHit().code(),
        ban.status().code(),
        ban.proportionality(),
        ban.statusNote(),
        links(ban.links()));
  }

  static LegalJson.NoticeJson notice(Notice notice) {
    Person person = notice.person();
    return new LegalJson.NoticeJson(
        notice.colour().code(),
        person == null ? null : person(person),
        notice.title(),
        notice.summary(),
        notice.legalBasis(),
        date(notice.expires()),
        notice.drafter(),
        review(notice.review()),
        links(notice.links()));
  }

  static LegalJson.PersonJson person(Person person) {
    PartialDate born = person.birthDate();
    return new LegalJson.PersonJson(
        person.names(),
        born == null ? null : born.toString(),
        person.nationality(),
        person.sex() == null ? null : String.valueOf(person.sex().code()),
        person.documents().stream()
            .map(d -> new LegalJson.Document(d.issuingState(), d.number()))
            .toList());
  }

  static LegalJson.MarkingJson marking(Marking marking) {
    return new LegalJson.MarkingJson(
        marking.tlp().code(),
        marking.handling().codes().stream().map(HandlingCode::code).toList(),
        marking.handling().restrictions().isEmpty()
            ? null
            : String.join("; ", marking.handling().restrictions()),
        marking.evaluation().code(),
        marking.recipients().stream().map(AgencyId::value).toList());
  }

  private static LegalJson.ReviewJson review(Review review) {
    return switch (review) {
      case Review.Drafted ignored ->
          new LegalJson.ReviewJson("drafted", null, null, null, null, null, null);
      case Review.Published published ->
          new LegalJson.ReviewJson(
              "published",
              published.approval().reviewer(),
              published.approval().at().toString(),
              published.approval().note(),
              null,
              null,
              null);
      case Review.Cancelled cancelled -> {
        Review.Approval approval = cancelled.approval();
        yield new LegalJson.ReviewJson(
            "cancelled",
            approval == null ? null : approval.reviewer(),
            approval == null ? null : approval.at().toString(),
            approval == null ? null : approval.note(),
            cancelled.cancellation().by(),
            cancelled.cancellation().at().toString(),
            cancelled.cancellation().reason());
      }
    };
  }

  private static LegalJson.LinksJson links(Links links) {
    return new LegalJson.LinksJson(
        links.indicators().stream().map(IndicatorId::value).toList(),
        links.people(),
        links.sites(),
        links.actions().stream().map(UUID::toString).toList());
  }

  private static @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }
}
