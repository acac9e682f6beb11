package org.mekong.server.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.requests.CellSite;
import org.mekong.core.requests.Document;
import org.mekong.core.requests.PersonReference;
import org.mekong.core.requests.Reply;
import org.mekong.core.requests.RequestKind;
import org.mekong.core.requests.RequestPayload;
import org.mekong.core.requests.SatelliteTerminal;
import org.mekong.core.requests.Urgency;
import org.mekong.core.selector.Selector;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;

/** The request bodies of the requests API and how they become the core's records. */
final class RequestInput {

  private RequestInput() {}

  /** A selector, a cell site ({@code cell-site}) or a terminal ({@code satellite-terminal}). */
  record Item(@Nullable String type, @Nullable String value, @Nullable String region) {}

  /** A person. */
  record Person(
      @Nullable String name,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String documentNumber,
      @Nullable String reference) {}

  /**
   * The kind-specific part of a new request; which fields belong to which kind: {@link #FIELDS}.
   */
  record Payload(
      @Nullable String question,
      @Nullable List<Item> selectors,
      @Nullable List<Item> accounts,
      @Nullable List<Item> numbers,
      @Nullable List<Item> items,
      @Nullable String area,
      @Nullable List<String> services,
      @Nullable List<String> cellSites,
      @Nullable List<String> ipRanges,
      @Nullable List<String> satelliteTerminals,
      @Nullable String data,
      @Nullable Person person,
      @Nullable String place) {}

  /** A new request. */
  record Create(
      @Nullable String recipient,
      @Nullable String kind,
      @Nullable String urgency,
      @Nullable String subject,
      @Nullable String details,
      @Nullable String legalBasis,
      @Nullable Payload payload) {}

  /** An attached document. */
  record Doc(@Nullable String title, @Nullable String text, @Nullable String url) {}

  /** An answer, in full or in part. */
  record Answer(
      @Nullable String text,
      @Nullable List<Doc> documents,
      @Nullable List<String> indicators,
      @Nullable List<Item> selectors,
      @Nullable List<Person> people) {}

  /** An acknowledgement. */
  record Acknowledge(@Nullable String note) {}

  /** A refusal. */
  record Refuse(@Nullable String reason) {}

  /** What a screening client executed. */
  record Execution(
      @Nullable List<Item> executed, @Nullable List<Item> notExecuted, @Nullable String note) {}

  private static final Map<RequestKind, List<String>> FIELDS =
      Map.of(
          RequestKind.INFORMATION, List.of("question", "selectors"),
          RequestKind.FREEZE, List.of("accounts"),
          RequestKind.SUSPENSION, List.of("numbers"),
          RequestKind.TAKEDOWN, List.of("items"),
          RequestKind.CUT_SERVICE,
              List.of("area", "services", "cellSites", "ipRanges", "satelliteTerminals"),
          RequestKind.PRESERVATION, List.of("selectors", "data"),
          RequestKind.HANDOVER, List.of("person", "place"));

  static org.mekong.server.requests.RequestDesk.NewRequest newRequest(Create body) {
    String recipient = required("recipient", body.recipient());
    if (!AgencyId.isValid(recipient)) {
      throw new BadRequestException(
          "recipient", "names no agency this node knows: '" + Parameters.shown(recipient) + "'");
    }
    String kindCode = required("kind", body.kind());
    RequestKind kind =
        RequestKind.fromCode(kindCode)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "kind",
                        "is not a request kind: '"
                            + Parameters.shown(kindCode)
                            + "'; the kinds are "
                            + RequestKind.codes()));
    String urgencyCode = body.urgency() == null ? "normal" : body.urgency();
    Urgency urgency =
        Urgency.fromCode(urgencyCode)
            .orElseThrow(
                () -> new BadRequestException("urgency", "must be urgent, high or normal"));
    Payload payload = body.payload();
    if (payload == null) {
      throw new BadRequestException("payload", "is required");
    }
    RequestPayload parsed = within("", () -> payload(kind, payload));
    return within(
        "",
        () ->
            new RequestDesk.NewRequest(
                new AgencyId(recipient),
                urgency,
                InputItems.orEmpty(body.subject()),
                body.details() == null ? "" : body.details(),
                body.legalBasis() == null ? "" : body.legalBasis(),
                parsed));
  }

  private static RequestPayload payload(RequestKind kind, Payload p) {
    Map<String, @Nullable Object> given = new LinkedHashMap<>();
    given.put("question", p.question());
    given.put("selectors", p.selectors());
    given.put("accounts", p.accounts());
    given.put("numbers", p.numbers());
    given.put("items", p.items());
    given.put("area", p.area());
    given.put("services", p.services());
    given.put("cellSites", p.cellSites());
    given.put("ipRanges", p.ipRanges());
    given.put("satelliteTerminals", p.satelliteTerminals());
    given.put("data", p.data());
    given.put("person", p.person());
    given.put("place", p.place());
    List<String> allowed = FIELDS.getOrDefault(kind, List.of());
    given.forEach(
        (name, value) -> {
          if (value != null && !allowed.contains(name)) {
            throw new BadRequestException(
                "payload." + name,
                "does not belong to a "
                    + kind.code()
                    + " request, which takes "
                    + String.join(", ", allowed));
          }
        });
    return switch (kind) {
      case INFORMATION ->
          new RequestPayload.Information(
              InputItems.orEmpty(p.question()),
              InputItems.selectors("payload.selectors", p.selectors()));
      case FREEZE ->
          new RequestPayload.Freeze(InputItems.selectors("payload.accounts", p.accounts()));
      case SUSPENSION ->
          new RequestPayload.Suspension(InputItems.selectors("payload.numbers", p.numbers()));
      case TAKEDOWN ->
          new RequestPayload.Takedown(InputItems.selectors("payload.items", p.items()));
      case CUT_SERVICE ->
          new RequestPayload.CutService(
              InputItems.orEmpty(p.area()),
              InputItems.services(p.services()),
              InputItems.each(
                  "payload.cellSites", p.cellSites(), CellSite::parse, CellSite.SHAPE_DESCRIPTION),
              InputItems.each(
                  "payload.ipRanges", p.ipRanges(), InputItems::ipRange, "is not an IP range"),
              InputItems.each(
                  "payload.satelliteTerminals",
                  p.satelliteTerminals(),
                  SatelliteTerminal::parse,
                  SatelliteTerminal.SHAPE_DESCRIPTION));
      case PRESERVATION ->
          new RequestPayload.Preservation(
              InputItems.selectors("payload.selectors", p.selectors()),
              InputItems.orEmpty(p.data()));
      case HANDOVER -> {
        Person person = p.person();
        if (person == null) {
          throw new BadRequestException("payload.person", "is required");
        }
        yield new RequestPayload.Handover(
            InputItems.person("payload.person", person), InputItems.orEmpty(p.place()));
      }
    };
  }

  static Reply reply(Answer a) {
    List<Document> documents = new ArrayList<>();
    List<Doc> docs = a.documents() == null ? List.of() : a.documents();
    for (int i = 0; i < docs.size(); i++) {
      Doc d = InputItems.element("documents", docs, i);
      documents.add(within("documents[" + i + "].", () -> InputItems.document(d)));
    }
    List<IndicatorId> indicators = new ArrayList<>();
    List<String> ids = a.indicators() == null ? List.of() : a.indicators();
    for (int i = 0; i < ids.size(); i++) {
      String id = InputItems.element("indicators", ids, i);
      if (!IndicatorId.isValid(id)) {
        throw new BadRequestException(
            "indicators[" + i + "]", "is not an indicator id (indicator--<uuid>)");
      }
      indicators.add(new IndicatorId(id));
    }
    List<PersonReference> people = new ArrayList<>();
    List<Person> persons = a.people() == null ? List.of() : a.people();
    for (int i = 0; i < persons.size(); i++) {
      people.add(InputItems.person("people[" + i + "]", InputItems.element("people", persons, i)));
    }
    List<Selector> selectors = InputItems.selectors("selectors", a.selectors());
    return within(
        "",
        () ->
            new Reply(a.text() == null ? "" : a.text(), documents, indicators, selectors, people));
  }

  static org.mekong.core.requests.Execution execution(Execution e) {
    return within(
        "",
        () ->
            new org.mekong.core.requests.Execution(
                InputItems.targets("executed", e.executed()),
                InputItems.targets("notExecuted", e.notExecuted()),
                e.note() == null ? "" : e.note()));
  }

  static String required(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field, "is required");
    }
    return value;
  }

  /** Runs a record's constructor, naming the field it refuses under {@code prefix}. */
  static <T> T within(String prefix, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidInputException e) {
      String message = String.valueOf(e.getMessage());
      String problem =
          message.startsWith(e.field() + " ") ? message.substring(e.field().length() + 1) : message;
      throw new BadRequestException(prefix + e.field(), problem);
    }
  }
}
