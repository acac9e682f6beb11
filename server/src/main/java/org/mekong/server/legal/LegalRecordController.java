package org.mekong.server.legal;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mekong.core.input.InvalidInputException;
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
 * Writing and reading legal records: {@code POST} and {@code GET} on each collection ({@code
 * /api/v1/legal-actions}, {@code expulsions}, {@code entry-bans}, {@code notices}) and {@code GET}
 * of one record. Reads show only what the markings let the caller see.
 */
@RestController
class LegalRecordController {

  /** A page of records. */
  record Page(List<RecordView> items) {}

  private final LegalRecords records;

  LegalRecordController(LegalRecords records) {
    this.records = records;
  }

  @Serves(LAW_ENFORCEMENT)
  @PostMapping("/api/v1/legal-actions")
  ResponseEntity<RecordView> createAction(
      @AuthenticationPrincipal Caller caller,
      @RequestBody CreateRequest<LegalJson.ActionJson> request,
      HttpServletRequest http) {
    return create(caller, request, r -> new Decoded.Action(LegalInput.action(r)), http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/api/v1/expulsions")
  ResponseEntity<RecordView> createExpulsion(
      @AuthenticationPrincipal Caller caller,
      @RequestBody CreateRequest<LegalJson.ExpulsionJson> request,
      HttpServletRequest http) {
    return create(caller, request, r -> new Decoded.Order(LegalInput.expulsion(r)), http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/api/v1/entry-bans")
  ResponseEntity<RecordView> createBan(
      @AuthenticationPrincipal Caller caller,
      @RequestBody CreateRequest<LegalJson.BanJson> request,
      HttpServletRequest http) {
    return create(caller, request, r -> new Decoded.Ban(LegalInput.ban(r)), http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/api/v1/notices")
  ResponseEntity<RecordView> createNotice(
      @AuthenticationPrincipal Caller caller,
      @RequestBody CreateRequest<LegalJson.NoticeJson> request,
      HttpServletRequest http) {
    LegalJson.NoticeJson notice = request.record();
    if (notice != null && notice.review() != null) {
      throw new BadRequestException(
          "record.review", "is the node's to write: a notice starts drafted and is approved");
    }
    return create(caller, request, r -> new Decoded.Note(LegalInput.notice(r)), http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/api/v1/legal-actions")
  Page actions(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "100") int limit,
      HttpServletRequest http) {
    return list(caller, LegalKind.LEGAL_ACTION, limit, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/api/v1/expulsions")
  Page expulsions(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "100") int limit,
      HttpServletRequest http) {
    return list(caller, LegalKind.EXPULSION, limit, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/api/v1/entry-bans")
  Page bans(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "100") int limit,
      HttpServletRequest http) {
    return list(caller, LegalKind.ENTRY_BAN, limit, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/api/v1/notices")
  Page notices(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "100") int limit,
      HttpServletRequest http) {
    return list(caller, LegalKind.NOTICE, limit, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/api/v1/legal-actions/{id}")
  RecordView action(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    return get(caller, LegalKind.LEGAL_ACTION, id, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/api/v1/expulsions/{id}")
  RecordView expulsion(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    return get(caller, LegalKind.EXPULSION, id, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/api/v1/entry-bans/{id}")
  RecordView ban(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    return get(caller, LegalKind.ENTRY_BAN, id, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/api/v1/notices/{id}")
  RecordView notice(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    return get(caller, LegalKind.NOTICE, id, http);
  }

  private <T> ResponseEntity<RecordView> create(
      Caller caller,
      CreateRequest<T> request,
      Function<T, Decoded> decode,
      HttpServletRequest http) {
    T body = request.record();
    if (body == null) {
      throw new BadRequestException("record", "is required");
    }
    Decoded record = LegalInput.within("record", () -> decode.apply(body));
    var marking = MarkingInput.marking(request.marking());
    var categories = MarkingInput.categories(request.categories());
    RecordView view = records.create(caller.requireAgency(), marking, categories, record);
    AuditContext.describe(http, view.type(), view.id());
    return ResponseEntity.status(HttpStatus.CREATED).body(view);
  }

  private Page list(Caller caller, LegalKind kind, int limit, HttpServletRequest http) {
    Parameters.limit(limit, LegalRecords.MAX_PAGE);
    List<RecordView> items = records.list(caller.requireAgency(), kind, limit);
    AuditContext.describe(http, kind.code(), disclosed(items));
    return new Page(items);
  }

  private RecordView get(Caller caller, LegalKind kind, String id, HttpServletRequest http) {
    UUID uuid = id(id);
    AuditContext.describe(http, kind.code(), uuid.toString());
    return records.get(caller.requireAgency(), kind, uuid);
  }

  /** A record id from a path. */
  static UUID id(String id) {
    try {
      return LegalInput.uuid("id", id);
    } catch (InvalidInputException e) {
      throw new BadRequestException("id", "is not a record id (a UUID)");
    }
  }

  /** The ids a list disclosed, for its audit entry: the first 20 and a count of the rest. */
  private static String disclosed(List<RecordView> items) {
    if (items.isEmpty()) {
      return "none";
    }
    String named = items.stream().limit(20).map(RecordView::id).collect(Collectors.joining(","));
    return items.size() > 20 ? named + " +" + (items.size() - 20) + " more" : named;
  }
}
