package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;
import org.mekong.server.agency.Serves;
import org.mekong.server.casework.ManifestActions;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.ProblemException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A new handover manifest: to an agency the sender has a sharing agreement with, the people pasted
 * as ids or added from a search, checked as {@code POST /api/v1/casework/manifests} checks it; the
 * manifest's page then shows progress and decisions.
 */
@Controller
class ManifestNewPage {

  /** The form as typed; {@code persons} holds person ids separated by lines, commas or spaces. */
  record Form(
      @Nullable String receiving,
      @Nullable String mode,
      @Nullable String reference,
      @Nullable String date,
      @Nullable String place,
      @Nullable String persons) {

    List<String> ids() {
      return persons == null
          ? List.of()
          : Arrays.stream(persons.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
  }

  private final ManifestActions manifests;

  ManifestNewPage(ManifestActions manifests) {
    this.manifests = manifests;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/manifests/new")
  String form(
      @org.springframework.web.bind.annotation.RequestParam(required = false)
          @Nullable String person,
      Authentication authentication,
      Model model) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "send manifests");
    Form form = new Form(null, "road", null, null, null, person);
    return page(session, model, form, Map.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/manifests")
  String create(
      @ModelAttribute Form form,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "send manifests");
    try {
      String id =
          manifests.create(
              session.caller(),
              session.username(),
              new ManifestActions.NewManifest(
                  form.receiving(),
                  form.mode(),
                  form.reference(),
                  form.date(),
                  form.place(),
                  form.ids()),
              http);
      return "redirect:/console/manifests/" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors = new java.util.LinkedHashMap<>(Refusals.of(e, f -> field(f)));
      var listed = java.util.regex.Pattern.compile("persons\\[(\\d+)]").matcher(apiField(e));
      if (listed.matches() && errors.containsKey("persons")) {
        String given = form.ids().get(Integer.parseInt(listed.group(1)));
        errors.put("persons", given + ": " + errors.get("persons"));
      }
      response.setStatus(e instanceof ProblemException p ? p.status().value() : 400);
      return page(session, model, form, errors);
    }
  }

  private static String apiField(RuntimeException e) {
    return switch (e) {
      case BadRequestException bad -> bad.field();
      case InvalidInputException invalid -> invalid.field();
      default -> "";
    };
  }

  /** The form's field for the API's: {@code transport.mode} is {@code mode}, any person persons. */
  private static String field(String api) {
    if (api.startsWith("persons")) {
      return "persons";
    }
    return Refusals.last(api);
  }

  private String page(ConsoleSession session, Model model, Form form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("receivers", manifests.receivers(session.agency()));
    model.addAttribute("modes", ManifestActions.modes());
    return "console/manifest-new";
  }
}
