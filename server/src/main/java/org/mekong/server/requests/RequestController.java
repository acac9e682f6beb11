package org.mekong.server.requests;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.requests.RequestAction;
import org.mekong.core.requests.RequestKind;
import org.mekong.core.requests.RequestStatus;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The requests API: an authority sends a request to another agency of the node; the sender and the
 * recipient list and read it; the recipient acknowledges, answers (in part), refuses, or — a
 * screening client — confirms what it executed.
 */
@RestController
class RequestController {

  /** A list of requests. */
  record RequestList(List<RequestView> items) {}

  private final RequestDesk desk;

  RequestController(RequestDesk desk) {
    this.desk = desk;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/api/v1/requests")
  ResponseEntity<RequestView> create(
      @AuthenticationPrincipal Caller caller,
      @RequestBody RequestInput.Create body,
      HttpServletRequest http) {
    RequestView created = desk.send(caller.requireAgency(), RequestInput.newRequest(body));
    AuditContext.describe(http, "request", created.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(created);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT, ADMIN})
  @GetMapping("/api/v1/requests")
  RequestList list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Nullable String box,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String overdue,
      @RequestParam(required = false) @Nullable String dueBefore,
      @RequestParam(defaultValue = "100") int limit) {
    Parameters.limit(limit, RequestDesk.MAX_PAGE);
    String which = box == null ? "all" : box;
    if (!List.of("sent", "received", "all").contains(which)) {
      throw new BadRequestException("box", "must be sent, received or all");
    }
    RequestKind wantedKind = null;
    if (kind != null) {
      wantedKind =
          RequestKind.fromCode(kind)
              .orElseThrow(
                  () -> new BadRequestException("kind", "must be one of " + RequestKind.codes()));
    }
    Boolean wantedOverdue = null;
    if (overdue != null) {
      if (!overdue.equals("true") && !overdue.equals("false")) {
        throw new BadRequestException("overdue", "must be true or false");
      }
      wantedOverdue = Boolean.valueOf(overdue);
    }
    RequestStatus wantedStatus = null;
    if (status != null) {
      if (status.equals(RequestStatus.OVERDUE)) {
        if (Boolean.FALSE.equals(wantedOverdue)) {
          throw new BadRequestException("overdue", "contradicts status=overdue");
        }
        wantedOverdue = true;
      } else {
        wantedStatus =
            RequestStatus.fromCode(status)
                .orElseThrow(
                    () ->
                        new BadRequestException(
                            "status",
                            "must be sent, acknowledged, partly-answered, answered, refused,"
                                + " executed-confirmed or overdue"));
        if (wantedStatus.open() && wantedOverdue == null) {
          wantedOverdue = false;
        }
      }
    }
    return new RequestList(
        desk.list(
            caller,
            !which.equals("received"),
            !which.equals("sent"),
            wantedKind,
            wantedStatus,
            wantedOverdue,
            Parameters.instant("dueBefore", dueBefore),
            limit));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT, ADMIN})
  @GetMapping("/api/v1/requests/{id}")
  RequestView get(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    return desk.get(caller, requestId(id, http));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/requests/{id}/acknowledge")
  RequestView acknowledge(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody RequestInput.Acknowledge body,
      HttpServletRequest http) {
    UUID requestId = requestId(id, http);
    RequestAction action =
        RequestInput.within(
            "", () -> new RequestAction.Acknowledge(body.note() == null ? "" : body.note()));
    return desk.act(caller, requestId, action);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/requests/{id}/answer")
  RequestView answer(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody RequestInput.Answer body,
      HttpServletRequest http) {
    UUID requestId = requestId(id, http);
    return desk.act(caller, requestId, new RequestAction.Answer(RequestInput.reply(body)));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/requests/{id}/partial-answer")
  RequestView partlyAnswer(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody RequestInput.Answer body,
      HttpServletRequest http) {
    UUID requestId = requestId(id, http);
    return desk.act(caller, requestId, new RequestAction.PartlyAnswer(RequestInput.reply(body)));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE, SCREENING_CLIENT})
  @PostMapping("/api/v1/requests/{id}/refuse")
  RequestView refuse(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody RequestInput.Refuse body,
      HttpServletRequest http) {
    UUID requestId = requestId(id, http);
    RequestAction action =
        RequestInput.within(
            "", () -> new RequestAction.Refuse(body.reason() == null ? "" : body.reason()));
    return desk.act(caller, requestId, action);
  }

  @Serves(SCREENING_CLIENT)
  @PostMapping("/api/v1/requests/{id}/execution")
  RequestView execution(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody RequestInput.Execution body,
      HttpServletRequest http) {
    UUID requestId = requestId(id, http);
    return desk.act(
        caller, requestId, new RequestAction.ConfirmExecution(RequestInput.execution(body)));
  }

  private static UUID requestId(String id, HttpServletRequest http) {
    try {
      UUID parsed = UUID.fromString(id);
      if (!parsed.toString().equals(id)) {
        throw new IllegalArgumentException("not canonical");
      }
      AuditContext.describe(http, "request", id);
      return parsed;
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("id", "is not a request id (a UUID)");
    }
  }
}
