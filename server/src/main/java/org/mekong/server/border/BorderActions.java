package org.mekong.server.border;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.stereotype.Service;

/**
 * What the console does with traveller checks, by the API's rules: check a zone or typed fields,
 * read a check back, and record the officer's decision once.
 */
@Service
public class BorderActions {

  private final BorderChecks checks;

  BorderActions(BorderChecks checks) {
    this.checks = checks;
  }

  /** Checks a traveller as {@code POST /api/v1/border/checks} does; blank fields are absent. */
  public CheckJson.Answer check(
      Agency officer,
      @Nullable String mrz,
      @Nullable String surname,
      @Nullable String givenNames,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String documentNumber) {
    return checks.check(
        officer,
        new CheckJson.Request(
            given(mrz),
            given(surname),
            given(givenNames),
            given(birthDate),
            given(nationality),
            given(documentNumber),
            null));
  }

  /** One of the agency's checks. */
  public CheckJson.Answer get(Agency officer, String id) {
    return checks.get(officer, checkId(id));
  }

  /** Records the decision (admitted, refused, referred) by {@code officer}, once. */
  public CheckJson.Answer decide(
      Agency agency, String id, String decision, String officer, @Nullable String note) {
    UUID uuid = checkId(id);
    String wanted = decision.strip().toLowerCase(Locale.ROOT);
    if (!BorderChecks.DECISIONS.contains(wanted)) {
      throw new BadRequestException("decision", "must be admitted, refused or referred");
    }
    String by = Parameters.text("officer", officer, BorderCheckController.MAX_TEXT);
    String text = Parameters.text("note", note, BorderCheckController.MAX_TEXT);
    return checks.decide(
        agency, uuid, wanted, by == null ? "" : by.strip(), text == null ? "" : text.strip());
  }

  private static @Nullable String given(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static UUID checkId(String id) {
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
