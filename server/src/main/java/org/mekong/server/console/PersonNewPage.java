package org.mekong.server.console;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.mekong.server.agency.Serves;
import org.mekong.server.casework.PersonActions;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A new person: checked as {@code POST /api/v1/casework/persons} checks it, refusals beside their
 * fields; the people the index finds alike are shown with links before anything is saved, and the
 * person is saved as new only when the officer says so — never merged.
 */
@Controller
class PersonNewPage {

  private final PersonActions persons;

  PersonNewPage(PersonActions persons) {
    this.persons = persons;
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @GetMapping("/console/persons/new")
  String form(Authentication authentication, Model model) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "record persons");
    return page(model, PersonForm.empty(), Map.of(), List.of());
  }

  @Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
  @PostMapping("/console/persons")
  String create(
      @RequestParam MultiValueMap<String, String> params,
      Authentication authentication,
      Model model,
      HttpServletRequest http,
      HttpServletResponse response) {
    ConsoleSession session = ConsoleSession.of(authentication);
    session.require(session.role().recordsCasework(), "record persons");
    PersonForm form = PersonForm.of(params);
    try {
      if (!"yes".equals(params.getFirst("notDuplicate"))) {
        List<PersonActions.Duplicate> alike =
            persons.duplicates(session.agency(), form.typed(), http);
        if (!alike.isEmpty()) {
          return page(model, form, Map.of(), alike);
        }
      }
      String id = persons.create(session.caller(), form.typed(), http);
      return "redirect:/console/persons/" + id;
    } catch (RuntimeException e) {
      Map<String, String> errors = Refusals.of(e, form::field);
      response.setStatus(400);
      return page(model, form, errors, List.of());
    }
  }

  private static String page(
      Model model,
      PersonForm form,
      Map<String, String> errors,
      List<PersonActions.Duplicate> duplicates) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("duplicates", duplicates);
    model.addAttribute("choices", PersonForm.CHOICES);
    return "console/person-new";
  }
}
