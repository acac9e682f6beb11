package org.mekong.server.indicator;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.exchange.IndicatorExport;
import org.mekong.core.exchange.IndicatorWriter;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.stix.StixDefinitions;
import org.mekong.core.stix.StixIndicators;
import org.mekong.core.stix.StixJson;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports what the caller may see, streamed: CSV, a list of canonical keys, a STIX 2.1 bundle or a
 * zipped MISP feed; and one indicator as STIX. Withheld originators stay withheld in every format.
 * The audit entry counts the disclosed indicators and hashes their ids.
 */
@RestController
class ExportController {

  private static final AgencyId WITHHELD = new AgencyId("withheld");

  private final IndicatorRegistry registry;

  ExportController(IndicatorRegistry registry) {
    this.registry = registry;
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/indicators/{id}/stix")
  void stix(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    if (!IndicatorId.isValid(id)) {
      throw new BadRequestException("id", "is not an indicator id (indicator--<uuid>)");
    }
    AuditContext.describe(request, "indicator", id);
    var visible =
        registry
            .get(caller.requireAgency(), new IndicatorId(id))
            .orElseThrow(() -> new IndicatorNotFoundException(id));
    response.setContentType("application/stix+json;version=2.1");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            StixJson.write(
                StixViews.indicator(visible.stored().indicator(), visible.originatorDisclosed())));
  }

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/indicators:export")
  void export(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) @Nullable String format,
      @RequestParam(required = false) @Nullable String category,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(defaultValue = "false") boolean includeRevoked,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Agency viewer = caller.requireAgency();
    String chosen = format == null ? "" : format.toLowerCase(Locale.ROOT);
    var selectorType = Parameters.type(type);
    var wanted = Parameters.category(category);
    IndicatorQuery query =
        new IndicatorQuery(
            selectorType == null ? null : selectorType.code(),
            null,
            wanted == null ? null : wanted.code(),
            null,
            null,
            null,
            includeRevoked);
    Disclosure disclosure = new Disclosure();
    switch (chosen) {
      case "csv" -> {
        response.setContentType("text/csv;charset=UTF-8");
        try (Writer out = writer(response);
            IndicatorWriter csv = IndicatorExport.csv(out)) {
          each(viewer, query, disclosure, (indicator, disclosed) -> csv.write(indicator));
        }
      }
      case "list" -> {
        response.setContentType("text/plain;charset=UTF-8");
        try (Writer out = writer(response);
            IndicatorWriter list = IndicatorExport.list(out)) {
          each(viewer, query, disclosure, (indicator, disclosed) -> list.write(indicator));
        }
      }
      case "stix" -> {
        response.setContentType("application/stix+json;version=2.1");
        try (Writer out = writer(response)) {
          stixBundle(viewer, query, disclosure, out);
        }
      }
      case "misp" -> {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"mekong-misp-feed.zip\"");
        mispFeed(viewer, query, disclosure, response);
      }
      default -> throw new BadRequestException("format", "must be csv, list, stix or misp");
    }
    AuditContext.describe(request, "indicator-export", chosen + " " + disclosure.summary());
  }

  /** Receives each exported indicator and whether its originator may be shown. */
  @FunctionalInterface
  private interface Sink {
    void accept(Indicator indicator, boolean originatorDisclosed) throws IOException;
  }

  private void each(Agency viewer, IndicatorQuery query, Disclosure disclosure, Sink sink)
      throws IOException {
    Long cursor = null;
    do {
      IndicatorRegistry.Page page =
          registry.search(viewer, query, cursor, IndicatorRegistry.MAX_PAGE);
      for (IndicatorRegistry.Visible visible : page.items()) {
        Indicator indicator = visible.stored().indicator();
        disclosure.add(indicator.id());
        sink.accept(
            visible.originatorDisclosed() ? indicator : withheld(indicator),
            visible.originatorDisclosed());
      }
      cursor = page.nextCursor();
    } while (cursor != null);
  }

  private void stixBundle(Agency viewer, IndicatorQuery query, Disclosure disclosure, Writer out)
      throws IOException {
    out.write("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[");
    Set<String> written = new HashSet<>();
    boolean[] first = {true};
    Sink sink =
        (indicator, disclosed) -> {
          writeObject(out, first, StixJson.write(StixViews.indicator(indicator, disclosed)));
          String observable = indicator.selector().id().value();
          if (written.add(observable)) {
            writeObject(
                out, first, StixJson.write(StixIndicators.observable(indicator.selector())));
          }
          writeObject(out, first, StixJson.write(StixIndicators.basedOn(indicator)));
        };
    each(viewer, query, disclosure, sink);
    for (var marking : StixDefinitions.tlpMarkingDefinitions()) {
      writeObject(out, first, StixJson.write(marking));
    }
    out.write("]}");
  }

  private static void writeObject(Writer out, boolean[] first, String json) throws IOException {
    if (!first[0]) {
      out.write(',');
    }
    first[0] = false;
    out.write(json);
  }

  private void mispFeed(
      Agency viewer, IndicatorQuery query, Disclosure disclosure, HttpServletResponse response)
      throws IOException {
    Path directory = Files.createTempDirectory("mekong-misp-export");
    try {
      try (IndicatorWriter feed = IndicatorExport.mispFeed(directory)) {
        each(viewer, query, disclosure, (indicator, disclosed) -> feed.write(indicator));
      }
      try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream());
          var files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files.sorted()::iterator) {
          zip.putNextEntry(new ZipEntry(String.valueOf(file.getFileName())));
          Files.copy(file, zip);
          zip.closeEntry();
        }
      }
    } finally {
      try (var files = Files.list(directory)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(directory);
    }
  }

  private static Writer writer(HttpServletResponse response) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
  }

  /** The indicator with its originator replaced, for a viewer that may not know it. */
  private static Indicator withheld(Indicator indicator) {
    return new Indicator(
        indicator.id(),
        indicator.selector(),
        indicator.categories(),
        indicator.confidence(),
        new org.mekong.core.marking.Marking(
            indicator.marking().tlp(),
            indicator.marking().handling(),
            indicator.marking().evaluation(),
            indicator.marking().tlp() == org.mekong.core.marking.Tlp.RED
                ? indicator.marking().recipients()
                : Set.of()),
        WITHHELD,
        indicator.validFrom(),
        indicator.validUntil(),
        indicator.description(),
        indicator.externalReferences(),
        indicator.created(),
        indicator.modified(),
        indicator.version(),
        indicator.revoked());
  }

  /** Counts the disclosed indicators and hashes their ids, for the audit entry. */
  private static final class Disclosure {
    private final MessageDigest sha256;
    private long count;

    Disclosure() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(IndicatorId id) {
      count++;
      sha256.update(id.value().getBytes(StandardCharsets.US_ASCII));
      sha256.update((byte) '\n');
    }

    String summary() {
      return count + " disclosed, ids sha256:" + HexFormat.of().formatHex(sha256.digest());
    }
  }
}
