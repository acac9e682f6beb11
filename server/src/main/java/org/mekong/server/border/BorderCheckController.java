package org.mekong.server.border;

import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/border/checks}: a traveller checked against entry bans, wanted and missing
 * notices, legal actions, people of open cases and sanctioned persons; {@code POST
 * /api/v1/border/checks/{id}/decision}: the officer's decision on it. Immigration and law
 * enforcement only.
 */
@RestController
class BorderCheckController {

  /** The longest officer name and note accepted. */
  static final int MAX_TEXT = 2_000;

  private final BorderChecks checks;

  BorderCheckController(BorderChecks checks) {
    this.checks = checks;
  }

  @Serves({IMMIGRATION, LAW_ENFORCEMENT})
  @PostMapping("/api/v1/border/checks")
  ResponseEntity<CheckJson.Answer> check(
      @AuthenticationPrincipal Caller caller,
      @RequestBody CheckJson.Request request,
      HttpServletRequest http) {
    CheckJson.Answer answer = checks.check(caller.requireAgency(), request);
    String hits =
        answer.hits().isEmpty()
            ? "no hit"
            : "hit "
                + answer.hits().stream()
                    .limit(20)
                    .map(
                        h ->
                            h.recordType()
                                + ":"
                                + (h.recordId() != null
                                    ? h.recordId()
                                    : "referred-to-" + h.issuer()))
                    .collect(Collectors.joining(","));
    AuditContext.describe(http, "border-check", answer.id() + ", " + hits);
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  @Serves({IMMIGRATION, LAW_ENFORCEMENT})
  @GetMapping("/api/v1/border/checks/{id}")
  CheckJson.Answer get(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, HttpServletRequest http) {
    UUID uuid = id(id);
    AuditContext.describe(http, "border-check", uuid.toString());
    return checks.get(caller.requireAgency(), uuid);
  }

  @Serves({IMMIGRATION, LAW_ENFORCEMENT})
  @PostMapping("/api/v1/border/checks/{id}/decision")
  CheckJson.Answer decide(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody CheckJson.DecisionRequest request,
      HttpServletRequest http) {
    UUID uuid = id(id);
    String decision =
        request.decision() == null ? "" : request.decision().strip().toLowerCase(Locale.ROOT);
    if (!BorderChecks.DECISIONS.contains(decision)) {
      throw new BadRequestException("decision", "must be admitted, refused or referred");
    }
    String officer = Parameters.text("officer", request.officer(), MAX_TEXT);
    String note = Parameters.text("note", request.note(), MAX_TEXT);
    AuditContext.describe(http, "border-check", uuid + " decision " + decision);
    return checks.decide(
        caller.requireAgency(),
        uuid,
        decision,
        officer == null ? "" : officer.strip(),
        note == null ? "" : note.strip());
  }

  private static UUID id(String id) {
    try {
      UUID uuid = UUID.fromString(id);
      if (!uuid.toString().equals(id.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("not in canonical form");
      }
      return uuid;
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("id", "is not a border check id (a UUID)");
    }
  }
}
