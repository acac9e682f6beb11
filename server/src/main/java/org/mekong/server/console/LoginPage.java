package org.mekong.server.console;

import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.CallerKind;
import org.mekong.server.agency.Serves;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form: user name, password, and the TOTP code for supervisors and node admins. */
@Controller
class LoginPage {

  @Serves(CallerKind.PUBLIC)
  @GetMapping("/login")
  String login(
      @RequestParam(required = false) @Nullable String error,
      @RequestParam(required = false) @Nullable String logout,
      Model model) {
    if (error != null) {
      model.addAttribute(
          "error",
          switch (error) {
            case "locked" -> "login.error.locked";
            case "throttled" -> "login.error.throttled";
            default -> "login.error.credentials";
          });
    }
    model.addAttribute("loggedOut", logout != null);
    return "console/login";
  }
}
