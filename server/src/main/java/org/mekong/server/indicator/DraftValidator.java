package org.mekong.server.indicator;

import java.time.Instant;
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
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.core.marking.Evaluation;
import org.mekong.core.marking.Handling;
import org.mekong.core.marking.HandlingCode;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;
import org.mekong.core.selector.Parsed;
import org.mekong.core.selector.Selector;
import org.mekong.core.selector.Selectors;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.selector.SelectorRequests;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import tools.jackson.databind.JsonNode;

/** Turns a publish request into a draft, naming the first field that is wrong. */
final class DraftValidator {

  private DraftValidator() {}

  static IndicatorDraft draft(PublishRequest request) {
    Selector selector = selector(request);
    Set<Category> categories = categories(request.categories());
    int confidence = request.confidence() == null ? 50 : request.confidence();
    if (confidence < 0 || confidence > 100) {
      throw new BadRequestException("confidence", "must be 0-100");
    }
    Tlp tlp =
        request.tlp() == null
            ? Tlp.AMBER
            : Tlp.fromCode(request.tlp().toLowerCase(Locale.ROOT))
                .orElseThrow(
                    () ->
                        new BadRequestException(
                            "tlp", "must be clear, green, amber, amber+strict or red"));
    Handling handling = handling(request.handling(), request.restriction());
    Evaluation evaluation =
        request.evaluation() == null
            ? Evaluation.UNJUDGED
            : Evaluation.fromCode(request.evaluation().toUpperCase(Locale.ROOT))
                .orElseThrow(
                    () ->
                        new BadRequestException(
                            "evaluation",
                            "must be a source grade A, B, C or X and an information"
                                + " grade 1-4, e.g. B2"));
    Set<AgencyId> recipients = new LinkedHashSet<>();
    for (String recipient :
        request.recipients() == null ? List.<String>of() : request.recipients()) {
      if (recipient == null || !AgencyId.isValid(recipient)) {
        throw new BadRequestException(
            "recipients", "holds something that is no agency id: " + recipient);
      }
      recipients.add(new AgencyId(recipient));
    }
    var marking =
        switch (org.mekong.core.marking.Marking.check(tlp, handling, evaluation, recipients)) {
          case MarkingCheck.Valid valid -> valid.marking();
          case MarkingCheck.Invalid invalid ->
              throw new BadRequestException("tlp", invalid.reason());
        };
    Instant validFrom = Parameters.instant("validFrom", request.validFrom());
    Instant validUntil = Parameters.instant("validUntil", request.validUntil());
    if (validUntil != null && !validUntil.isAfter(validFrom != null ? validFrom : Instant.now())) {
      throw new BadRequestException("validUntil", "must be after validFrom (or now)");
    }
    String description =
        Parameters.text("description", request.description(), Indicator.MAX_DESCRIPTION);
    return new IndicatorDraft(
        selector,
        categories,
        confidence,
        marking,
        validFrom,
        validUntil,
        description,
        references(request.externalReferences()));
  }

  /** Refuses a draft that names, as a recipient, an agency this node does not know (400). */
  static IndicatorDraft requireKnownRecipients(IndicatorDraft draft, AgencyDirectory agencies) {
    for (AgencyId recipient : draft.marking().recipients()) {
      if (agencies.find(recipient.value()).isEmpty()) {
        throw new BadRequestException(
            "recipients", "names '" + recipient.value() + "', an agency this node does not know");
      }
    }
    return draft;
  }

  private static Selector selector(PublishRequest request) {
    String value = request.value();
    if (value == null || value.isBlank()) {
      throw new BadRequestException("value", "is required");
    }
    var type = hint("type", () -> SelectorRequests.type(request.type()));
    var region = hint("region", () -> SelectorRequests.region(request.region()));
    return switch (Selectors.parse(value, type, region)) {
      case Parsed.Valid valid -> valid.selector();
      case Parsed.Invalid invalid -> throw new BadRequestException("value", invalid.reason());
      case Parsed.Ambiguous ambiguous -> throw new BadRequestException("value", ambiguous.reason());
    };
  }

  private static Set<Category> categories(@Nullable List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw new BadRequestException(
          "categories", "needs at least one category code, see GET /api/v1/categories");
    }
    Set<Category> categories = EnumSet.noneOf(Category.class);
    for (String code : codes) {
      switch (Category.fromCode(code == null ? "" : code)) {
        case CategoryLookup.Found found -> categories.add(found.category());
        case CategoryLookup.Unknown unknown ->
            throw new BadRequestException("categories", unknown.message());
      }
    }
    return categories;
  }

  private static Handling handling(@Nullable JsonNode node, @Nullable String restriction) {
    Parameters.text("restriction", restriction);
    List<String> codes = new ArrayList<>();
    if (node == null || node.isNull()) {
      return Handling.NONE;
    } else if (node.isString()) {
      codes.add(node.asString());
    } else if (node.isArray()) {
      for (JsonNode code : node.values()) {
        if (!code.isString()) {
          throw new BadRequestException("handling", "must be a code such as H2 or a list of codes");
        }
        codes.add(code.asString());
      }
    } else {
      throw new BadRequestException("handling", "must be a code such as H2 or a list of codes");
    }
    List<HandlingCode> parsed = new ArrayList<>();
    for (String code : codes) {
      String upper = code.toUpperCase(Locale.ROOT);
      if (upper.equals("H3") && (restriction == null || restriction.isBlank())) {
        throw new BadRequestException("restriction", "is required with handling code H3");
      }
      parsed.add(
          HandlingCode.of(upper, upper.equals("H3") ? restriction : null)
              .orElseThrow(
                  () ->
                      new BadRequestException(
                          "handling", "must be H0, H1, H2 or H3, not " + Parameters.shown(code))));
    }
    try {
      return new Handling(parsed);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("handling", String.valueOf(e.getMessage()));
    }
  }

  private static List<ExternalReference> references(
      @Nullable List<PublishRequest.ReferenceRequest> requests) {
    List<ExternalReference> references = new ArrayList<>();
    if (requests == null) {
      return references;
    }
    if (requests.size() > Indicator.MAX_REFERENCES) {
      throw new BadRequestException(
          "externalReferences", "holds more than " + Indicator.MAX_REFERENCES);
    }
    for (var request : requests) {
      if (request == null) {
        throw new BadRequestException("externalReferences", "holds an empty entry");
      }
      try {
        references.add(
            new ExternalReference(
                request.sourceName() == null ? "" : request.sourceName(),
                request.url(),
                request.externalId()));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("externalReferences", String.valueOf(e.getMessage()));
      }
    }
    return references;
  }

  @FunctionalInterface
  private interface Hint<T> {
    @Nullable T get();
  }

  private static <T> @Nullable T hint(String field, Hint<T> hint) {
    try {
      return hint.get();
    } catch (SelectorRequests.InvalidHint e) {
      throw new BadRequestException(field, String.valueOf(e.getMessage()));
    }
  }
}
