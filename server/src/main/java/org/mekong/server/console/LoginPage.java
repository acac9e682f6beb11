package org.mekong.server.console;

import org.jspecify.annotations.Nullable;
import org.mekong.server.agency.CallerKind;
import org.mekong.server.agency.Serves;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login form: user name, password, and the TOTP code for supervisors and node admins; and, when
 * the node names an OpenID Connect provider, a link to log in through it.
 */
@Controller
class LoginPage {

  private final OidcLogin oidc;

  LoginPage(OidcLogin oidc) {
    this.oidc = oidc;
  }

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
            case "oidc-unmapped" -> "login.error.oidcUnmapped";
            case "oidc-no-second-factor" -> "login.error.oidcSecondFactor";
            case "oidc-failed" -> "login.error.oidcFailed";
            default -> "login.error.credentials";
          });
    }
    model.addAttribute("loggedOut", logout != null);
    oidc.settings()
        .ifPresent(
            settings -> {
              model.addAttribute("oidcName", settings.displayName());
              model.addAttribute("oidcPath", "/oauth2/authorization/" + OidcClients.ID);
            });
    return "console/login";
  }
}
