package org.mekong.server.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.casework.CaseEvent;
import org.mekong.core.casework.CaseState;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.EventDetails;
import org.mekong.core.casework.SiteId;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.Timestamps;

/**
 * A case event as the API takes and shows it. {@code type} is the state it leads to; {@code
 * receivingAgency} belongs to {@code handed-over}, {@code country} to {@code repatriated}, {@code
 * reason} to {@code closed}. The acting agency is the caller's, never taken from the body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EventJson(
    @Nullable String type,
    @Nullable String agency,
    @Nullable String actingPerson,
    @Nullable String at,
    @Nullable String site,
    @Nullable String place,
    @Nullable List<String> documents,
    @Nullable String note,
    @Nullable String receivingAgency,
    @Nullable String country,
    @Nullable String reason) {

  /**
   * The core event, acted by {@code agency}, dated no later than {@code now} (plus clock skew).
   *
   * @throws InvalidInputException naming the field at fault
   */
  CaseEvent toEvent(AgencyId agency, Instant now) {
    if (type == null) {
      throw new InvalidInputException(
          "event.type", "is required: one of " + Codes.list(CaseState.class));
    }
    CaseState kind = Codes.parse(CaseState.class, "event.type", type);
    if (at == null) {
      throw new InvalidInputException("event.at", "is required (an ISO-8601 instant)");
    }
    Instant when;
    try {
      when = Instant.parse(at);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          "event.at", "is not an ISO-8601 instant such as 2025-10-22T06:00:00Z");
    }
    String problem = Timestamps.observationProblem(when, now);
    if (problem != null) {
      throw new InvalidInputException("event.at", problem);
    }
    if (actingPerson == null || actingPerson.isBlank()) {
      throw new InvalidInputException("event.actingPerson", "is required");
    }
    if (site == null && (place == null || place.isBlank())) {
      throw new InvalidInputException("event.place", "is required when no site is named");
    }
    List<String> docs = documents == null ? List.of() : documents;
    if (docs.size() > 50) {
      throw new InvalidInputException("event.documents", "holds more than 50 documents");
    }
    for (int i = 0; i < docs.size(); i++) {
      String doc = docs.get(i);
      if (doc == null || doc.isBlank() || doc.length() > EventDetails.MAX_TEXT) {
        throw new InvalidInputException(
            "event.documents[" + i + "]",
            "must be text of 1-" + EventDetails.MAX_TEXT + " characters");
      }
    }
    for (String text : new String[] {actingPerson, place, note, reason}) {
      if (text != null && text.length() > EventDetails.MAX_TEXT) {
        throw new InvalidInputException(
            "event", "holds a text longer than " + EventDetails.MAX_TEXT);
      }
    }
    EventDetails details =
        new EventDetails(
            agency,
            actingPerson.strip(),
            when,
            site == null ? null : new SiteId(Ids.uuid("event.site", site)),
            place == null || place.isBlank() ? null : place.strip(),
            docs,
            note);
    if (kind != CaseState.HANDED_OVER && receivingAgency != null) {
      throw new InvalidInputException(
          "event.receivingAgency", "belongs only to a handed-over event");
    }
    return switch (kind) {
      case REPORTED_MISSING -> new CaseEvent.ReportedMissing(details);
      case LOCATED -> new CaseEvent.Located(details);
      case RESCUED -> new CaseEvent.Rescued(details);
      case IDENTIFIED -> new CaseEvent.Identified(details);
      case HANDED_OVER -> {
        if (receivingAgency == null || !AgencyId.isValid(receivingAgency)) {
          throw new InvalidInputException(
              "event.receivingAgency", "must name the agency receiving the person");
        }
        yield new CaseEvent.HandedOver(details, new AgencyId(receivingAgency));
      }
      case REPATRIATED -> {
        String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
        if (!CountryCode.isValid(code)) {
          throw new InvalidInputException(
              "event.country", "must be the ISO 3166-1 alpha-2 country the person returned to");
        }
        yield new CaseEvent.Repatriated(details, new CountryCode(code));
      }
      case FOLLOW_UP -> new CaseEvent.FollowUp(details);
      case CLOSED -> {
        if (reason == null || reason.isBlank()) {
          throw new InvalidInputException("event.reason", "is required to close a case");
        }
        yield new CaseEvent.Closed(details, reason.strip());
      }
    };
  }

  /** The JSON of a core event. */
  static EventJson of(CaseEvent event) {
    EventDetails d = event.details();
    return new EventJson(
        Codes.of(event.leadsTo()),
        d.agency().value(),
        d.actingPerson(),
        d.at().toString(),
        d.site() == null ? null : d.site().toString(),
        d.place(),
        d.documents(),
        d.note(),
        event instanceof CaseEvent.HandedOver h ? h.receivingAgency().value() : null,
        event instanceof CaseEvent.Repatriated r ? r.country().value() : null,
        event instanceof CaseEvent.Closed c ? c.reason() : null);
  }

  /** The event as the API takes it. */
  static EventJson typed(CaseworkActions.NewEvent event) {
    List<String> documents =
        event.documents() == null
            ? List.of()
            : event.documents().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return new EventJson(
        CaseworkActions.given(event.type()),
        null,
        CaseworkActions.given(event.actingPerson()),
        CaseworkActions.given(event.at()),
        CaseworkActions.given(event.site()),
        CaseworkActions.given(event.place()),
        documents.isEmpty() ? null : documents,
        CaseworkActions.given(event.note()),
        CaseworkActions.given(event.receivingAgency()),
        CaseworkActions.given(event.country()),
        CaseworkActions.given(event.reason()));
  }
}
