package org.mekong.server.border;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON of a traveller check: what the officer sends and what the node answers. */
public final class CheckJson {

  private CheckJson() {}

  /** A zone ({@code mrz}, its lines separated by spaces or line breaks) or typed fields. */
  public record Request(
      @Nullable String mrz,
      @Nullable String surname,
      @Nullable String givenNames,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String documentNumber,
      @Nullable String issuingState) {}

  /** The officer's decision. */
  public record DecisionRequest(
      @Nullable String decision, @Nullable String officer, @Nullable String note) {}

  /**
   * The document as read: from a zone every field the parser read and its {@code errors}, or the
   * typed fields; {@code findings} are what the officer should know that is not an error of the
   * zone (an expired document, a character OCR may have confused).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Document(
      String source,
      @Nullable Boolean valid,
      @Nullable String format,
      @Nullable String documentCode,
      @Nullable String issuingState,
      @Nullable String documentNumber,
      @Nullable String nationality,
      @Nullable String birthDate,
      @Nullable String sex,
      @Nullable String expiryDate,
      @Nullable String surname,
      @Nullable String givenNames,
      @Nullable String optionalData,
      List<String> errors,
      List<String> findings) {

    /** The same document with one more finding. */
    Document withFinding(String finding) {
      List<String> more = new java.util.ArrayList<>(findings);
      more.add(finding);
      return new Document(
          source,
          valid,
          format,
          documentCode,
          issuingState,
          documentNumber,
          nationality,
          birthDate,
          sex,
          expiryDate,
          surname,
          givenNames,
          optionalData,
          errors,
          List.copyOf(more));
    }
  }

  /**
   * One hit: what the record is ({@code entry-ban}, {@code notice}, {@code legal-action}, {@code
   * open-case}, {@code sanctioned-person}), its id ({@code null} when the officer's agency may not
   * see it: an open case of another agency), who issued it (the agency to refer to), how surely it
   * is this traveller, why, and what to do; for a sanctioned person the list and the programmes.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Hit(
      String recordType,
      @Nullable String recordId,
      String issuer,
      String strength,
      String summary,
      String standing,
      String actionOnHit,
      List<String> reasons,
      @Nullable String list,
      @Nullable List<String> programmes) {}

  /** The officer's decision as recorded. */
  public record Decision(String decision, String officer, String note, String at, String agency) {}

  /** The answer: the check's id, the document, hit or no hit with each hit, and the decision. */
  public record Answer(
      String id,
      String checkedAt,
      Document document,
      boolean hit,
      List<Hit> hits,
      @Nullable Decision decision) {}
}
