package org.mekong.server.legal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mekong.core.border.mrz.Sex;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.ActionKind;
import org.mekong.core.legal.ActionOnHit;
import org.mekong.core.legal.ActionStatus;
import org.mekong.core.legal.BanStatus;
import org.mekong.core.legal.EntryBan;
import org.mekong.core.legal.Expulsion;
import org.mekong.core.legal.LegalAction;
import org.mekong.core.legal.Links;
import org.mekong.core.legal.Notice;
import org.mekong.core.legal.NoticeColour;
import org.mekong.core.legal.Organisation;
import org.mekong.core.legal.Person;
import org.mekong.core.legal.Review;
import org.mekong.core.legal.Subject;
import org.mekong.core.legal.TravelDocument;

/**
 * Turns the JSON of a legal record into its core record. Every refusal is an {@link
 * InvalidInputException} whose field is the JSON path from the record ({@code
 * subject.documents.number}); unknown codes are refused with the list of known ones.
 */
final class LegalInput {

  private LegalInput() {}

  static LegalAction action(LegalJson.ActionJson json) {
    ActionKind kind = code("kind", json.kind(), ActionKind::fromCode, ActionKind.codes());
    ActionStatus status =
        json.status() == null
            ? ActionStatus.ONGOING
            : code("status", json.status(), ActionStatus::fromCode, ActionStatus.codes());
    return new LegalAction(
        kind,
        subjectOf(json.subject()),
        text(json.caseReference()),
        text(json.authority()),
        date("date", json.date()),
        text(json.legalBasis()),
        status,
        text(json.details()),
        links(json.links()));
  }

  static Expulsion expulsion(LegalJson.ExpulsionJson json) {
    String ban = json.entryBan();
    return new Expulsion(
        personOf(json.subject()),
        text(json.orderReference()),
        text(json.issuingAuthority()),
        text(json.legalBasis()),
        date("orderDate", json.orderDate()),
        text(json.destination()),
        text(json.receivingAuthority()),
        optionalDate("carriedOut", json.carriedOut()),
        json.exitAllowed() == null || json.exitAllowed(),
        json.reEntryBarred() == null || json.reEntryBarred(),
        ban == null ? null : uuid("entryBan", ban),
        text(json.note()),
        links(json.links()));
  }

  static EntryBan ban(LegalJson.BanJson json) {
    return new EntryBan(
        personOf(json.subject()),
        text(json.reason()),
        text(json.issuingAuthority()),
        text(json.decisionReference()),
        text(json.offenceType()),
        date("start", json.start()),
        optionalDate("expiry", json.expiry()),
        code(
            "actionOnHit",
            json.actionOnHit(),
            ActionOnHit::fromCode,
            "refuse-entry, hold-and-inform, inform-only"),
        json.status() == null
            ? BanStatus.IN_FORCE
            : code(
                "status",
                json.status(),
                BanStatus::fromCode,
                "in-force, suspended, under-appeal, lifted"),
        text(json.proportionality()),
        text(json.statusNote()),
        links(json.links()));
  }

  static Notice notice(LegalJson.NoticeJson json) {
    LegalJson.PersonJson person = json.person();
    return new Notice(
        code("colour", json.colour(), NoticeColour::fromCode, NoticeColour.codes()),
        person == null ? null : within("person", () -> person(person)),
        text(json.title()),
        text(json.summary()),
        text(json.legalBasis()),
        optionalDate("expires", json.expires()),
        text(json.drafter()),
        json.review() == null ? new Review.Drafted() : review(json.review()),
        links(json.links()));
  }

  static Person person(LegalJson.PersonJson json) {
    String born = json.birthDate();
    return new Person(
        strings("names", json.names()),
        born == null ? null : PartialDate.parse("birthDate", born),
        json.nationality(),
        sex(json.sex()),
        documents(json.documents()));
  }

  private static Subject subjectOf(LegalJson.@Nullable SubjectJson json) {
    LegalJson.SubjectJson subject = required("subject", json);
    return within("subject", () -> subject(subject));
  }

  private static Person personOf(LegalJson.@Nullable PersonJson json) {
    LegalJson.PersonJson person = required("subject", json);
    return within("subject", () -> person(person));
  }

  private static Subject subject(LegalJson.SubjectJson json) {
    String kind = json.kind() == null ? "person" : json.kind();
    return switch (kind) {
      case "person" ->
          person(
              new LegalJson.PersonJson(
                  json.names(),
                  json.birthDate(),
                  json.nationality(),
                  json.sex(),
                  json.documents()));
      case "organisation" -> {
        if (json.birthDate() != null
            || json.nationality() != null
            || json.sex() != null
            || json.documents() != null) {
          throw new InvalidInputException(
              "kind",
              "organisation has no birthDate, nationality, sex or documents (its state is country)");
        }
        yield new Organisation(
            strings("names", json.names()), json.country(), text(json.registration()));
      }
      default -> throw new InvalidInputException("kind", "must be person or organisation");
    };
  }

  private static Review review(LegalJson.ReviewJson json) {
    Review.Approval approval =
        json.reviewer() == null
            ? null
            : new Review.Approval(
                json.reviewer(),
                instant("review.approved", json.approved()),
                text(json.approvalNote()));
    return switch (json.status()) {
      case "drafted" -> new Review.Drafted();
      case "published" -> new Review.Published(required("review.reviewer", approval));
      case "cancelled" ->
          new Review.Cancelled(
              approval,
              new Review.Cancellation(
                  text(json.cancelledBy()),
                  instant("review.cancelled", json.cancelled()),
                  text(json.cancellationReason())));
      default -> throw new InvalidInputException("review.status", "is unknown: " + json.status());
    };
  }

  private static java.time.Instant instant(String field, @Nullable String text) {
    try {
      return java.time.Instant.parse(required(field, text));
    } catch (DateTimeException e) {
      throw new InvalidInputException(field, "is not an ISO-8601 instant");
    }
  }

  private static @Nullable Sex sex(@Nullable String code) {
    if (code == null) {
      return null;
    }
    return switch (code.strip().toUpperCase(Locale.ROOT)) {
      case "M" -> Sex.MALE;
      case "F" -> Sex.FEMALE;
      case "X", "<" -> Sex.UNSPECIFIED;
      default -> throw new InvalidInputException("sex", "must be M, F or X");
    };
  }

  private static List<TravelDocument> documents(@Nullable List<LegalJson.Document> documents) {
    if (documents == null) {
      return List.of();
    }
    if (documents.size() > Person.MAX_ENTRIES) {
      throw new InvalidInputException("documents", "holds more than " + Person.MAX_ENTRIES);
    }
    return documents.stream()
        .map(
            d ->
                within(
                    "documents",
                    () -> {
                      LegalJson.Document document = required("documents", d);
                      return new TravelDocument(
                          text(document.issuingState()), text(document.number()));
                    }))
        .toList();
  }

  private static Links links(LegalJson.@Nullable LinksJson json) {
    if (json == null) {
      return Links.NONE;
    }
    return new Links(
        strings("links.indicators", json.indicators()).stream().map(Links::indicator).toList(),
        strings("links.people", json.people()),
        strings("links.sites", json.sites()),
        strings("links.actions", json.actions()).stream()
            .map(a -> uuid("links.actions", a))
            .toList());
  }

  private static List<String> strings(String field, @Nullable List<String> values) {
    if (values == null) {
      return List.of();
    }
    if (values.size() > Links.MAX) {
      throw new InvalidInputException(field, "holds more than " + Links.MAX + " entries");
    }
    for (String value : values) {
      if (value == null) {
        throw new InvalidInputException(field, "holds an empty entry");
      }
    }
    return List.copyOf(values);
  }

  static LocalDate date(String field, @Nullable String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "is required");
    }
    LocalDate date = optionalDate(field, text);
    if (date == null) {
      throw new InvalidInputException(field, "is required");
    }
    return date;
  }

  static @Nullable LocalDate optionalDate(String field, @Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.getYear() < 1 || date.getYear() > 9999) {
        throw new InvalidInputException(field, "must be in the years 0001-9999");
      }
      return date;
    } catch (DateTimeException e) {
      throw new InvalidInputException(field, "is not a date YYYY-MM-DD that exists");
    }
  }

  static UUID uuid(String field, String text) {
    try {
      UUID id = UUID.fromString(text.strip());
      if (!id.toString().equals(text.strip().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("not canonical");
      }
      return id;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "holds something that is no record id (a UUID)");
    }
  }

  private static <T> T code(
      String field,
      @Nullable String code,
      Function<String, java.util.Optional<T>> lookup,
      String codes) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(field, "is required: one of " + codes);
    }
    return lookup
        .apply(code.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () -> new InvalidInputException(field, "is unknown; it must be one of " + codes));
  }

  private static String text(@Nullable String text) {
    return text == null ? "" : text;
  }

  private static <T> T required(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  /** What {@code check} returns; its refusal again, with its field under {@code prefix}. */
  static <T> T within(String prefix, Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      String message = String.valueOf(e.getMessage());
      String problem = message.substring(Math.min(message.length(), e.field().length() + 1));
      throw new InvalidInputException(prefix + "." + e.field(), problem);
    }
  }
}
