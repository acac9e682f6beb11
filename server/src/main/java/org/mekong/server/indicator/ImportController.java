package org.mekong.server.indicator;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.exchange.ImportDefaults;
import org.mekong.core.exchange.ImportFormat;
import org.mekong.core.indicator.IndicatorDraft;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk import: {@code POST /api/v1/indicators:import?format=...} with the file as the body. The
 * query gives what holds for the whole file (type, region, categories, markings, confidence,
 * validity); lines may say otherwise where the format has columns for it.
 */
@RestController
class ImportController {

  private final IndicatorImporter importer;
  private final AgencyDirectory agencies;

  ImportController(IndicatorImporter importer, AgencyDirectory agencies) {
    this.importer = importer;
    this.agencies = agencies;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/api/v1/indicators:import")
  IndicatorImporter.Report importList(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Nullable String format,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String region,
      @RequestParam(required = false) @Nullable List<String> category,
      @RequestParam(required = false) @Nullable String tlp,
      @RequestParam(required = false) @Nullable String handling,
      @RequestParam(required = false) @Nullable String restriction,
      @RequestParam(required = false) @Nullable String evaluation,
      @RequestParam(required = false) @Nullable List<String> recipients,
      @RequestParam(required = false) @Nullable Integer confidence,
      @RequestParam(required = false) @Nullable Instant validFrom,
      @RequestParam(required = false) @Nullable Instant validUntil,
      HttpServletRequest http)
      throws IOException {
    Agency agency = caller.requireAgency();
    if (agency.kind() == AgencyKind.SCREENING_CLIENT) {
      throw new AccessDeniedException("screening clients do not publish indicators");
    }
    ImportFormat importFormat =
        ImportFormat.fromCode(format == null ? "" : format)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "format",
                        "must be one of "
                            + String.join(
                                ", ",
                                Arrays.stream(ImportFormat.values())
                                    .map(ImportFormat::code)
                                    .toList())));
    ImportDefaults defaults =
        defaults(
            agencies,
            type,
            region,
            category,
            tlp,
            handling,
            restriction,
            evaluation,
            recipients,
            confidence,
            Parameters.instant("validFrom", validFrom),
            Parameters.instant("validUntil", validUntil));
    IndicatorImporter.Report report =
        importFormat == ImportFormat.STIX
            ? importer.importStix(agency, http.getInputStream())
            : importer.importList(agency, importFormat, http.getInputStream(), defaults);
    AuditContext.describe(
        http,
        "indicator-import",
        importFormat.code()
            + " accepted="
            + report.accepted()
            + " unchanged="
            + report.unchanged()
            + " rejected="
            + report.rejectedCount());
    return report;
  }

  /**
   * The file-wide defaults, validated like a single publish request (categories may be left out
   * when every line names its own).
   */
  static ImportDefaults defaults(
      AgencyDirectory agencies,
      @Nullable String type,
      @Nullable String region,
      @Nullable List<String> categories,
      @Nullable String tlp,
      @Nullable String handling,
      @Nullable String restriction,
      @Nullable String evaluation,
      @Nullable List<String> recipients,
      @Nullable Integer confidence,
      @Nullable Instant validFrom,
      @Nullable Instant validUntil) {
    List<String> codes = categories == null ? List.of() : splitAll(categories);
    PublishRequest template =
        new PublishRequest(
            null,
            "example.com",
            null,
            codes.isEmpty() ? List.of("fraud") : codes,
            confidence,
            tlp,
            handling == null
                ? null
                : tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(handling),
            restriction,
            evaluation,
            recipients == null ? null : splitAll(recipients),
            validFrom,
            validUntil,
            null,
            null,
            null);
    IndicatorDraft checked =
        DraftValidator.requireKnownRecipients(DraftValidator.draft(template), agencies);
    var typeHint = Parameters.type(type);
    var regionHint = Parameters.region(region);
    return new ImportDefaults(
        typeHint,
        regionHint,
        codes.isEmpty() ? java.util.Set.of() : checked.categories(),
        checked.marking(),
        checked.confidence(),
        checked.validFrom(),
        checked.validUntil());
  }

  private static List<String> splitAll(List<String> values) {
    return values.stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(value -> !value.isEmpty())
        .toList();
  }
}
