package org.mekong.server.legal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;

/**
 * Reads the marking and categories of a legal record as indicators spell them: TLP (default amber),
 * handling codes H0-H3 (H3 with its restriction), evaluation (e.g. {@code B2}) and named
 * recipients; refusals name {@code marking.<field>} or {@code categories}.
 */
final class MarkingInput {

  private MarkingInput() {}

  static Marking marking(LegalJson.@Nullable MarkingJson json) {
    if (json == null) {
      return Marking.of(Tlp.AMBER);
    }
    Tlp tlp =
        json.tlp() == null
            ? Tlp.AMBER
            : Tlp.fromCode(json.tlp().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "marking.tlp", "must be clear, green, amber, amber+strict or red"));
    List<HandlingCode> codes = new ArrayList<>();
    String restriction = json.restriction();
    for (String code : json.handling() == null ? List.<String>of() : json.handling()) {
      String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      if (upper.equals("H3") && (restriction == null || restriction.isBlank())) {
        throw new InvalidInputException("marking.restriction", "is required with handling H3");
      }
      codes.add(
          HandlingCode.of(upper, upper.equals("H3") ? restriction : null)
              .orElseThrow(
                  () -> new InvalidInputException("marking.handling", "must be H0, H1, H2 or H3")));
    }
    Evaluation evaluation =
        json.evaluation() == null
            ? Evaluation.UNJUDGED
            : Evaluation.fromCode(json.evaluation().strip().toUpperCase(Locale.ROOT))
                .orElseThrow(
                    () ->
                        new InvalidInputException(
                            "marking.evaluation",
                            "must be a source grade A, B, C or X and an information grade 1-4,"
                                + " e.g. B2"));
    Set<AgencyId> recipients = new LinkedHashSet<>();
    for (String recipient : json.recipients() == null ? List.<String>of() : json.recipients()) {
      if (recipient == null || !AgencyId.isValid(recipient)) {
        throw new InvalidInputException(
            "marking.recipients", "holds something that is no agency id");
      }
      recipients.add(new AgencyId(recipient));
    }
    return switch (Marking.check(tlp, new Handling(codes), evaluation, recipients)) {
      case MarkingCheck.Valid valid -> valid.marking();
      case MarkingCheck.Invalid invalid ->
          throw new InvalidInputException("marking.tlp", invalid.reason());
    };
  }

  static Set<Category> categories(@Nullable List<String> codes) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (String code : codes == null ? List.<String>of() : codes) {
      switch (Category.fromCode(code == null ? "" : code.strip())) {
        case CategoryLookup.Found found -> categories.add(found.category());
        case CategoryLookup.Unknown unknown ->
            throw new InvalidInputException("categories", unknown.message());
      }
    }
    return categories;
  }
}
