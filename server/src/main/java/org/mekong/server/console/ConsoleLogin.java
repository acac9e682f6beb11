package org.mekong.server.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a console login: the password (Argon2), the TOTP code for roles that need one, the
 * account's lock-out (five failures in a row lock it for fifteen minutes) and the source address's
 * rate of failures. Every attempt is audited; a good one makes the person a {@link Caller} of their
 * agency.
 */
@Component
class ConsoleLogin implements AuthenticationProvider {

  /** What the login form sends besides user name and password. */
  record Details(String address, String code) {}

  /** Too many failures from one address. */
  static final class ThrottledException extends AuthenticationException {
    private static final long serialVersionUID = 1L;

    ThrottledException() {
      super("too many failed logins from this address");
    }
  }

  static final int LOCK_AFTER = 5;
  static final Duration LOCK_FOR = Duration.ofMinutes(15);
  static final String ROLE_AUTHORITY_PREFIX = "CONSOLE_ROLE_";

  private final AccountStore accounts;
  private final AgencyDirectory agencies;
  private final AuditLog audit;
  private final Clock clock;
  private final LoginThrottle throttle;
  private final PasswordEncoder encoder = ConsoleAccounts.passwordEncoder();
  private final String dummyHash = ConsoleAccounts.hash(encoder, "no such account, same cost");

  @org.springframework.beans.factory.annotation.Autowired
  ConsoleLogin(AccountStore accounts, AgencyDirectory agencies, AuditLog audit) {
    this(accounts, agencies, audit, Clock.systemUTC());
  }

  ConsoleLogin(AccountStore accounts, AgencyDirectory agencies, AuditLog audit, Clock clock) {
    this.accounts = accounts;
    this.agencies = agencies;
    this.audit = audit;
    this.clock = clock;
    this.throttle = new LoginThrottle(clock);
  }

  /** Reads the address and the TOTP code of a login request. */
  static AuthenticationDetailsSource<HttpServletRequest, Details> details() {
    return request -> {
      String code = request.getParameter("code");
      return new Details(request.getRemoteAddr(), code == null ? "" : code);
    };
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    Details details =
        attempt.getDetails() instanceof Details given ? given : new Details("unknown", "");
    String username = String.valueOf(attempt.getName()).strip();
    Object credentials = attempt.getCredentials();
    String password = credentials == null ? "" : credentials.toString();
    if (!throttle.allows(details.address())) {
      throw new ThrottledException();
    }
    var found =
        username.length() > 64
            ? java.util.Optional.<AccountStore.Account>empty()
            : accounts.find(username);
    if (found.isEmpty()) {
      encoder.matches(password, dummyHash);
      throw refuse(details, username, null, "unknown-account");
    }
    AccountStore.Account account = found.get();
    Instant now = clock.instant();
    Instant lockedUntil = account.lockedUntil();
    if (lockedUntil != null && lockedUntil.isAfter(now)) {
      throttle.failed(details.address());
      audit(details, username, "locked");
      throw new LockedException("the account is locked for a while after too many failures");
    }
    if (!encoder.matches(password, account.passwordHash())) {
      throw refuse(details, username, account, "wrong-password");
    }
    long step = 0;
    String secret = account.totpSecret();
    if (account.role().needsSecondFactor()) {
      OptionalLong verified =
          secret == null
              ? OptionalLong.empty()
              : Totp.verify(secret, details.code(), now, account.totpLastStep());
      if (verified.isEmpty()) {
        throw refuse(details, username, account, "wrong-code");
      }
      step = verified.getAsLong();
    }
    if (!accounts.succeeded(account.id(), step)) {
      throw refuse(details, username, account, "code-already-used");
    }
    Agency agency =
        agencies
            .find(account.agency())
            .orElseThrow(() -> new BadCredentialsException("the account's agency is gone"));
    Caller caller = Caller.person(account.id(), agency, account.username());
    audit.append(caller.auditName(), "console-login", "account", username, "ok");
    return UsernamePasswordAuthenticationToken.authenticated(
        caller,
        null,
        List.of(
            new SimpleGrantedAuthority("ROLE_PERSON"),
            new SimpleGrantedAuthority(ROLE_AUTHORITY_PREFIX + account.role().code())));
  }

  private BadCredentialsException refuse(
      Details details, String username, AccountStore.@Nullable Account account, String reason) {
    throttle.failed(details.address());
    if (account != null) {
      accounts.failed(account.id(), LOCK_AFTER, clock.instant().plus(LOCK_FOR));
    }
    audit(details, username, reason);
    return new BadCredentialsException("wrong user name, password or code");
  }

  private void audit(Details details, String username, String reason) {
    audit.append(
        "unauthenticated:" + details.address(),
        "console-login-failed",
        "account",
        username.length() > 64 ? username.substring(0, 64) : username,
        reason);
  }
}
