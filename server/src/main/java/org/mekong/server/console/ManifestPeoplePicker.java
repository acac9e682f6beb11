package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;
import org.mekong.server.agency.Serves;
import org.mekong.server.casework.PersonActions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The new manifest's people picker, as htmx fragments: people found by name as {@code GET
 * /api/v1/casework/persons?name=} finds them for the agency, and the people box with one more id.
 */
@Controller
class ManifestPeoplePicker {

  /** The most people one search lists. */
  static final int HITS = 10;

  private final PersonActions persons;

  ManifestPeoplePicker(PersonActions persons) {
    this.persons = persons;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/manifests/new/people")
  String people(
      @RequestParam(required = false) @Nullable String name,
      Authentication authentication,
      Model model,
      HttpServletRequest http) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "send manifests");
    List<PersonActions.Found> found = List.of();
    String problem = null;
    if (name != null && !name.isBlank()) {
      try {
        found = persons.find(session.caller(), name, HITS, http);
      } catch (InvalidInputException e) {
        problem = e.getMessage();
      }
    }
    model.addAttribute("found", found);
    model.addAttribute("searched", name != null && !name.isBlank());
    model.addAttribute("problem", problem);
    return "console/manifest-new :: hits";
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/manifests/new/persons")
  String add(
      @RequestParam(required = false) @Nullable String persons,
      @RequestParam(required = false) @Nullable String add,
      Authentication authentication,
      Model model) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "send manifests");
    Set<String> ids =
        new LinkedHashSet<>(new ManifestNewPage.Form(null, null, null, null, null, persons).ids());
    if (add != null && !add.isBlank()) {
      ids.add(add.strip());
    }
    model.addAttribute(
        "form",
        new ManifestNewPage.Form(
            null, null, null, null, null, String.join(System.lineSeparator(), ids)));
    model.addAttribute("errors", java.util.Map.of());
    return "console/manifest-new :: persons";
  }
}
