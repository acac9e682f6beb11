package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.category.Category;
import org.mekong.core.exchange.ImportDefaults;
import org.mekong.core.exchange.ImportFormat;
import org.mekong.core.selector.SelectorType;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.indicator.IndicatorActions;
import org.mekong.server.web.BadRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk import: a CSV, list, hosts or STIX file uploaded with the values that hold for the whole
 * file, imported in the background by the API's importer, its progress polled by htmx, and at the
 * end the counts and every rejected line with its reason.
 */
@Controller
class ImportPage {

  /** The formats the page takes: one file each (a MISP feed is several files). */
  static final List<ImportFormat> FORMATS =
      List.of(ImportFormat.CSV, ImportFormat.LIST, ImportFormat.HOSTS, ImportFormat.STIX);

  /** What the form sends besides the file; every field as typed. */
  record Form(
      @Nullable String format,
      @Nullable String type,
      @Nullable String region,
      @Nullable String category,
      @Nullable String confidence,
      @Nullable String tlp,
      @Nullable String handling) {

    static Form empty() {
      return new Form("csv", null, null, null, "50", "amber", "H0");
    }
  }

  private final IndicatorActions indicators;
  private final ImportJobs jobs;

  ImportPage(IndicatorActions indicators, ImportJobs jobs) {
    this.indicators = indicators;
    this.jobs = jobs;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/import")
  String form(Authentication authentication, Model model) {
    ConsoleSession.of(authentication).requirePublisher();
    return page(model, Form.empty(), Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @PostMapping("/console/import")
  String upload(
      @ModelAttribute Form form,
      @RequestParam(required = false) @Nullable MultipartFile file,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response)
      throws IOException {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.requirePublisher();
    Map<String, String> errors = new LinkedHashMap<>();
    ImportFormat format =
        FORMATS.stream().filter(f -> f.code().equals(form.format())).findFirst().orElse(null);
    if (format == null) {
      errors.put("format", "'format' must be one of csv, list, hosts, stix");
    }
    if (file == null || file.isEmpty()) {
      errors.put("file", "'file' must be a file that is not empty");
    }
    ImportDefaults defaults = null;
    try {
      defaults = defaults(form);
    } catch (BadRequestException e) {
      errors.put(field(e.field()), e.detail());
    }
    if (format == null || file == null || defaults == null || !errors.isEmpty()) {
      response.setStatus(400);
      model.addAttribute("summary", "import.invalid");
      return page(model, form, errors);
    }
    Path upload = jobs.newUpload();
    try {
      file.transferTo(upload);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(upload);
      throw e;
    }
    String name = file.getOriginalFilename();
    ImportJobs.Job job =
        jobs.start(
            session.caller(),
            format,
            defaults,
            upload,
            name == null || name.isBlank() ? "upload" : name.strip());
    AuditContext.describe(http, "indicator-import", job.id + " " + format.code());
    return "redirect:/console/import/" + job.id;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/import/{id}")
  String job(
      @PathVariable String id,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    describe(id, authentication, model, http);
    return "console/import-job";
  }

  /** The progress (or, once ended, the report) alone, for the page to poll. */
  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR, FINANCIAL_INTELLIGENCE})
  @GetMapping("/console/import/{id}/progress")
  String progress(
      @PathVariable String id,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    describe(id, authentication, model, http);
    return "console/import-job :: progress";
  }

  private void describe(
      String id, Authentication authentication, Model model, HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    AuditContext.describe(http, "indicator-import", id);
    ImportJobs.Job job =
        jobs.find(session.caller(), id)
            .orElseThrow(() -> new IndicatorPages.NotFound("no import " + id + " of yours"));
    model.addAttribute("jobId", job.id);
    model.addAttribute("fileName", job.fileName);
    model.addAttribute("format", job.format.code());
    switch (job.state()) {
      case ImportJobs.State.Running running -> model.addAttribute("running", running);
      case ImportJobs.State.Done done -> model.addAttribute("done", done);
      case ImportJobs.State.Failed failed -> model.addAttribute("failed", failed);
    }
  }

  private ImportDefaults defaults(Form form) {
    Integer confidence = null;
    String given = form.confidence();
    if (given != null && !given.isBlank()) {
      try {
        confidence = Integer.valueOf(given.strip());
      } catch (NumberFormatException e) {
        throw new BadRequestException("confidence", "must be a whole number 0-100");
      }
    }
    String category = blankToNull(form.category());
    return indicators.importDefaults(
        blankToNull(form.type()),
        blankToNull(form.region()),
        category == null ? null : List.of(category),
        blankToNull(form.tlp()),
        blankToNull(form.handling()),
        confidence);
  }

  private static String field(String field) {
    return switch (field) {
      case "type", "region", "confidence", "tlp", "handling" -> field;
      case "categories", "category" -> "category";
      default -> "format";
    };
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String page(Model model, Form form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formats", FORMATS.stream().map(ImportFormat::code).toList());
    model.addAttribute(
        "types", Arrays.stream(SelectorType.values()).map(SelectorType::code).toList());
    model.addAttribute("categories", Category.codes());
    model.addAttribute("tlps", List.of("clear", "green", "amber", "amber+strict", "red"));
    model.addAttribute("handlings", List.of("H0", "H1", "H2", "H3"));
    return "console/import";
  }
}
