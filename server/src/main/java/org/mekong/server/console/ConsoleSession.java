package org.mekong.server.console;

import org.mekong.core.agency.Agency;
import org.mekong.server.agency.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The person a console request acts as: their agency (as a {@link Caller}) and their role. */
record ConsoleSession(Caller caller, Agency agency, Role role) {

  static ConsoleSession of(Authentication authentication) {
    if (!(authentication.getPrincipal() instanceof Caller caller) || caller.person() == null) {
      throw new AccessDeniedException("the console is for people who logged in");
    }
    Role role = null;
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      String name = String.valueOf(authority.getAuthority());
      if (name.startsWith(ConsoleLogin.ROLE_AUTHORITY_PREFIX)) {
        role =
            Role.fromCode(name.substring(ConsoleLogin.ROLE_AUTHORITY_PREFIX.length())).orElse(null);
      }
    }
    if (role == null) {
      throw new AccessDeniedException("the console session names no role");
    }
    return new ConsoleSession(caller, caller.requireAgency(), role);
  }

  public String username() {
    return String.valueOf(caller.person());
  }

  void requirePublisher() {
    if (!role.publishes()) {
      throw new AccessDeniedException("the role " + role.code() + " does not publish or revoke");
    }
  }

  void requireReviewer() {
    if (!role.reviewsAlerts()) {
      throw new AccessDeniedException("the role " + role.code() + " does not decide alerts");
    }
  }

  void require(boolean allowed, String what) {
    if (!allowed) {
      throw new AccessDeniedException("the role " + role.code() + " does not " + what);
    }
  }
}
