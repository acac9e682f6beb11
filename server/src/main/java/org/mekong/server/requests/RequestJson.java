package org.mekong.server.requests;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.requests.Document;
import org.mekong.core.requests.Execution;
import org.mekong.core.requests.PersonReference;
import org.mekong.core.requests.Reply;
import org.mekong.core.requests.RequestAction;
import org.mekong.core.requests.RequestPayload;
import org.mekong.core.requests.Service;
import org.mekong.core.requests.Target;
import org.mekong.core.selector.Selector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON a request's payload and its steps are stored and shown as. */
final class RequestJson {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private RequestJson() {}

  /** A selector as shown: its type, canonical key and deterministic id. */
  record SelectorView(String type, String canonical, String id) {
    static SelectorView of(Selector selector) {
      return new SelectorView(selector.type().code(), selector.canonical(), selector.id().value());
    }
  }

  /** A person as shown. */
  record PersonView(
      String name,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String documentNumber,
      @Nullable String reference) {
    static PersonView of(PersonReference p) {
      return new PersonView(
          p.name(),
          p.birthDate() == null ? null : p.birthDate().toString(),
          p.nationality() == null ? null : p.nationality().value(),
          p.documentNumber(),
          p.reference());
    }
  }

  /** A document as shown. */
  record DocumentView(String title, @Nullable String text, @Nullable String url) {
    static DocumentView of(Document d) {
      return new DocumentView(d.title(), d.text(), d.url() == null ? null : d.url().toString());
    }
  }

  static JsonNode payload(RequestPayload payload) {
    Object view =
        switch (payload) {
          case RequestPayload.Information i ->
              fields("question", i.question(), "selectors", selectors(i.selectors()));
          case RequestPayload.Freeze f -> fields("accounts", selectors(f.accounts()));
          case RequestPayload.Suspension s -> fields("numbers", selectors(s.numbers()));
          case RequestPayload.Takedown t -> fields("items", selectors(t.items()));
          case RequestPayload.CutService c ->
              fields(
                  "area", c.area(),
                  "services", c.services().stream().sorted().map(Service::code).toList(),
                  "cellSites", c.cellSites().stream().map(Target::canonical).toList(),
                  "ipRanges", selectors(List.copyOf(c.ipRanges())),
                  "satelliteTerminals",
                      c.satelliteTerminals().stream().map(Target::canonical).toList());
          case RequestPayload.Preservation p ->
              fields("selectors", selectors(p.selectors()), "data", p.data());
          case RequestPayload.Handover h ->
              fields("person", PersonView.of(h.person()), "place", h.place());
        };
    return JSON.valueToTree(view);
  }

  static JsonNode step(RequestAction action) {
    Object view =
        switch (action) {
          case RequestAction.Acknowledge a -> fields("note", a.note());
          case RequestAction.PartlyAnswer p -> reply(p.reply());
          case RequestAction.Answer a -> reply(a.reply());
          case RequestAction.Refuse r -> fields("reason", r.reason());
          case RequestAction.ConfirmExecution c -> execution(c.execution());
        };
    return JSON.valueToTree(view);
  }

  private static Map<String, Object> reply(Reply reply) {
    return fields(
        "text", reply.text(),
        "documents", reply.documents().stream().map(DocumentView::of).toList(),
        "indicators", reply.indicators().stream().map(id -> id.value()).toList(),
        "selectors", selectors(reply.selectors()),
        "people", reply.people().stream().map(PersonView::of).toList());
  }

  private static Map<String, Object> execution(Execution execution) {
    return fields(
        "executed", execution.executed().stream().map(Target::key).toList(),
        "notExecuted", execution.notExecuted().stream().map(Target::key).toList(),
        "note", execution.note());
  }

  /** Keys and values in this order, for JSON objects whose fields keep their order. */
  private static Map<String, Object> fields(Object... keysAndValues) {
    Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static List<SelectorView> selectors(List<? extends Selector> selectors) {
    return selectors.stream().<SelectorView>map(SelectorView::of).toList();
  }
}
