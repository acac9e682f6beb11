package org.mekong.server.legal;

import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mekong.core.legal.BanStatus;
import org.mekong.core.legal.Change;
import org.mekong.core.legal.EntryBan;
import org.mekong.core.legal.Notice;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes to legal records by their issuer: an entry ban suspended, put back in force or lifted, a
 * notice approved (published) by a reviewer who is not its drafter, or cancelled.
 */
@RestController
class LegalChangeController {

  /** Why a ban's status changes. */
  record NoteRequest(@Nullable String note) {}

  /** A reviewer's approval of a notice. */
  record ApprovalRequest(@Nullable String reviewer, @Nullable String note) {}

  /** A notice's cancellation: who and why. */
  record CancellationRequest(@Nullable String cancelledBy, @Nullable String reason) {}

  private final LegalRecords records;

  LegalChangeController(LegalRecords records) {
    this.records = records;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/api/v1/entry-bans/{id}/lift")
  RecordView lift(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody NoteRequest request,
      HttpServletRequest http) {
    return changeBan(caller, id, BanStatus.LIFTED, request, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/api/v1/entry-bans/{id}/suspend")
  RecordView suspend(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody NoteRequest request,
      HttpServletRequest http) {
    return changeBan(caller, id, BanStatus.SUSPENDED, request, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/api/v1/entry-bans/{id}/reinstate")
  RecordView reinstate(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody NoteRequest request,
      HttpServletRequest http) {
    return changeBan(caller, id, BanStatus.IN_FORCE, request, http);
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/api/v1/notices/{id}/approval")
  RecordView approve(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody ApprovalRequest request,
      HttpServletRequest http) {
    String reviewer = request.reviewer() == null ? "" : request.reviewer();
    String note = request.note() == null ? "" : request.note();
    return changeNotice(
        caller, id, "approval", http, notice -> notice.approve(reviewer, note, records.clock()));
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION})
  @PostMapping("/api/v1/notices/{id}/cancellation")
  RecordView cancel(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody CancellationRequest request,
      HttpServletRequest http) {
    String by = request.cancelledBy() == null ? "" : request.cancelledBy();
    String reason = request.reason() == null ? "" : request.reason();
    return changeNotice(
        caller, id, "cancellation", http, notice -> notice.cancel(by, reason, records.clock()));
  }

  private RecordView changeNotice(
      Caller caller,
      String id,
      String step,
      HttpServletRequest http,
      Function<Notice, Change<Notice>> change) {
    UUID uuid = LegalRecordController.id(id);
    AuditContext.describe(http, "notice", uuid + " " + step);
    return records.change(
        caller.requireAgency(),
        LegalKind.NOTICE,
        uuid,
        record -> new Decoded.Note(applied(change.apply(((Decoded.Note) record).record()))));
  }

  private RecordView changeBan(
      Caller caller, String id, BanStatus to, NoteRequest request, HttpServletRequest http) {
    UUID uuid = LegalRecordController.id(id);
    AuditContext.describe(http, "entry-ban", uuid + " " + to.code());
    String note = request.note() == null ? "" : request.note();
    return records.change(
        caller.requireAgency(),
        LegalKind.ENTRY_BAN,
        uuid,
        record -> {
          EntryBan ban = ((Decoded.Ban) record).record();
          return new Decoded.Ban(applied(ban.change(to, note)));
        });
  }

  /** The changed record, or the refusal as a 409. */
  static <T> T applied(Change<T> change) {
    return switch (change) {
      case Change.Done<T> done -> done.record();
      case Change.Refused<T> refused -> throw new LegalChangeRefusedException(refused.reason());
    };
  }
}
