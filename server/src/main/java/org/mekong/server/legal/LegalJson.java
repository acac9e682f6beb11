package org.mekong.server.legal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of legal records, one shape for what a client sends, what the node stores and what it
 * shows: dates as {@code YYYY-MM-DD} (birth dates also {@code YYYY-MM} or {@code YYYY}), codes as
 * the core's enums spell them.
 */
final class LegalJson {

  private LegalJson() {}

  /** A travel or identity document. */
  record Document(@Nullable String issuingState, @Nullable String number) {}

  /** A person. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PersonJson(
      @Nullable List<String> names,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable List<Document> documents) {}

  /** A person or an organisation ({@code kind}: {@code person} or {@code organisation}). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SubjectJson(
      @Nullable String kind,
      @Nullable List<String> names,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String sex,
      @Nullable List<Document> documents,
      @Nullable String country,
      @Nullable String registration) {}

  /** Links to indicators, people, sites and other legal records. */
  record LinksJson(
      @Nullable List<String> indicators,
      @Nullable List<String> people,
      @Nullable List<String> sites,
      @Nullable List<String> actions) {}

  /** A legal action. */
  record ActionJson(
      @Nullable String kind,
      @Nullable SubjectJson subject,
      @Nullable String caseReference,
      @Nullable String authority,
      @Nullable String date,
      @Nullable String legalBasis,
      @Nullable String status,
      @Nullable String details,
      @Nullable LinksJson links) {}

  /** An expulsion order. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ExpulsionJson(
      @Nullable PersonJson subject,
      @Nullable String orderReference,
      @Nullable String issuingAuthority,
      @Nullable String legalBasis,
      @Nullable String orderDate,
      @Nullable String destination,
      @Nullable String receivingAuthority,
      @Nullable String carriedOut,
      @Nullable Boolean exitAllowed,
      @Nullable Boolean reEntryBarred,
      @Nullable String entryBan,
      @Nullable String note,
      @Nullable LinksJson links) {}

  /** An entry ban. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BanJson(
      @Nullable PersonJson subject,
      @Nullable String reason,
      @Nullable String issuingAuthority,
      @Nullable String decisionReference,
      @Nullable String offenceType,
      @Nullable String start,
      @Nullable String expiry,
      @Nullable String actionOnHit,
      @Nullable String status,
      @Nullable String proportionality,
      @Nullable String statusNote,
      @Nullable LinksJson links) {}

  /** A notice; {@code review} is the node's to write, never the client's. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NoticeJson(
      @Nullable String colour,
      @Nullable PersonJson person,
      @Nullable String title,
      @Nullable String summary,
      @Nullable String legalBasis,
      @Nullable String expires,
      @Nullable String drafter,
      @Nullable ReviewJson review,
      @Nullable LinksJson links) {}

  /** A notice's review: its step, and the approval and cancellation where there are. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ReviewJson(
      String status,
      @Nullable String reviewer,
      @Nullable String approved,
      @Nullable String approvalNote,
      @Nullable String cancelledBy,
      @Nullable String cancelled,
      @Nullable String cancellationReason) {}

  /** A marking: TLP, handling codes (H3 with its restriction), evaluation, named recipients. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MarkingJson(
      @Nullable String tlp,
      @Nullable List<String> handling,
      @Nullable String restriction,
      @Nullable String evaluation,
      @Nullable List<String> recipients) {}
}
