package org.mekong.server.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.requests.RequestAction;
import org.mekong.server.agency.Caller;
import org.mekong.server.web.BadRequestException;
import org.springframework.stereotype.Service;

/**
 * What the console does with requests, by the API's rules: the agency's requests sent and received,
 * one request, and the recipient's steps (acknowledge, answer, refuse with a reason).
 */
@Service
public class RequestActions {

  /** How many requests the console lists at most. */
  public static final int LIST_LIMIT = 200;

  private final RequestDesk desk;
  private final Clock clock;

  RequestActions(RequestDesk desk, Clock clock) {
    this.desk = desk;
    this.clock = clock;
  }

  /** The instant deadlines are counted from. */
  public Instant now() {
    return Instant.now(clock);
  }

  /** Requests the caller's agency sent ({@code sent}), received ({@code received}) or both. */
  public List<RequestView> list(Caller caller, String box) {
    if (!List.of("sent", "received", "all").contains(box)) {
      throw new BadRequestException("box", "must be sent, received or all");
    }
    return desk.list(
        caller, !box.equals("received"), !box.equals("sent"), null, null, null, null, LIST_LIMIT);
  }

  /** The kinds of request the console's form sends (those whose payload is a list of items). */
  public static final List<String> SENDABLE =
      List.of("information", "freeze", "suspension", "takedown", "preservation");

  /** A request typed in the console; {@code items} one selector a line. */
  public record NewRequest(
      @Nullable String recipient,
      @Nullable String kind,
      @Nullable String urgency,
      @Nullable String subject,
      @Nullable String details,
      @Nullable String legalBasis,
      @Nullable String items,
      @Nullable String question) {}

  /** Sends a request from the caller's agency as {@code POST /api/v1/requests} does. */
  public RequestView send(Caller caller, NewRequest form) {
    String kind = given(form.kind());
    if (kind != null && !SENDABLE.contains(kind)) {
      throw new BadRequestException("kind", "must be one of " + String.join(", ", SENDABLE));
    }
    List<RequestInput.Item> items =
        form.items() == null
            ? List.of()
            : form.items()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> new RequestInput.Item(null, line, null))
                .toList();
    String question = given(form.question());
    boolean information = "information".equals(kind);
    RequestInput.Payload payload =
        new RequestInput.Payload(
            information ? question : null,
            information || "preservation".equals(kind) ? items : null,
            "freeze".equals(kind) ? items : null,
            "suspension".equals(kind) ? items : null,
            "takedown".equals(kind) ? items : null,
            null,
            null,
            null,
            null,
            null,
            "preservation".equals(kind) ? question : null,
            null,
            null);
    RequestInput.Create body =
        new RequestInput.Create(
            given(form.recipient()),
            kind,
            given(form.urgency()),
            given(form.subject()),
            given(form.details()),
            given(form.legalBasis()),
            payload);
    return desk.send(caller.requireAgency(), RequestInput.newRequest(body));
  }

  /** The request if the caller's agency sent or received it. */
  public RequestView get(Caller caller, String id) {
    return desk.get(caller, requestId(id));
  }

  /** The recipient acknowledges the request, with an optional note. */
  public RequestView acknowledge(Caller caller, String id, @Nullable String note) {
    UUID request = requestId(id);
    RequestAction action =
        RequestInput.within("", () -> new RequestAction.Acknowledge(note == null ? "" : note));
    return desk.act(caller, request, action);
  }

  /** The recipient answers the request in full, in words. */
  public RequestView answer(Caller caller, String id, @Nullable String text) {
    UUID request = requestId(id);
    if (text == null || text.isBlank()) {
      throw new BadRequestException("text", "is required");
    }
    RequestInput.Answer body = new RequestInput.Answer(text, null, null, null, null);
    return desk.act(caller, request, new RequestAction.Answer(RequestInput.reply(body)));
  }

  /** The recipient answers the request in part, in words; it stays open. */
  public RequestView partlyAnswer(Caller caller, String id, @Nullable String text) {
    UUID request = requestId(id);
    if (text == null || text.isBlank()) {
      throw new BadRequestException("text", "is required");
    }
    RequestInput.Answer body = new RequestInput.Answer(text, null, null, null, null);
    return desk.act(caller, request, new RequestAction.PartlyAnswer(RequestInput.reply(body)));
  }

  /** What the request asks its recipient to act on, each as {@code type:canonical}. */
  public List<String> targets(Caller caller, String id) {
    return desk.targets(caller, requestId(id));
  }

  /**
   * The recipient screening client confirms what it executed: the request's items named in {@code
   * executed} (as {@link #targets} gives them), every other item of the request not executed.
   */
  public RequestView confirmExecution(
      Caller caller, String id, List<String> executed, @Nullable String note) {
    UUID request = requestId(id);
    List<String> asked = desk.targets(caller, request);
    for (int i = 0; i < executed.size(); i++) {
      if (!asked.contains(executed.get(i))) {
        throw new BadRequestException(
            "executed[" + i + "]", "names an item the request does not ask for");
      }
    }
    List<RequestInput.Item> done = new ArrayList<>();
    List<RequestInput.Item> notDone = new ArrayList<>();
    for (String target : asked) {
      int colon = target.indexOf(':');
      RequestInput.Item item =
          new RequestInput.Item(target.substring(0, colon), target.substring(colon + 1), null);
      (executed.contains(target) ? done : notDone).add(item);
    }
    RequestInput.Execution body = new RequestInput.Execution(done, notDone, note);
    return desk.act(
        caller, request, new RequestAction.ConfirmExecution(RequestInput.execution(body)));
  }

  /** The recipient refuses the request, giving the reason. */
  public RequestView refuse(Caller caller, String id, @Nullable String reason) {
    UUID request = requestId(id);
    RequestAction action =
        RequestInput.within("", () -> new RequestAction.Refuse(reason == null ? "" : reason));
    return desk.act(caller, request, action);
  }

  private static @Nullable String given(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static UUID requestId(String id) {
    try {
      UUID parsed = UUID.fromString(id);
      if (!parsed.toString().equals(id)) {
        throw new IllegalArgumentException("not canonical");
      }
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("id", "is not a request id (a UUID)");
    }
  }
}
