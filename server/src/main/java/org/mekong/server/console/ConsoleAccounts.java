package org.mekong.server.console;

import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.server.agency.AgencyDirectory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates the console's accounts: people of this node's own agencies, each with one role. */
@Service
public class ConsoleAccounts {

  /** An account as created: its password and, for roles that need one, its TOTP secret. */
  public record Issued(
      String agency, String username, String password, Role role, @Nullable String totpSecret) {}

  /** Passwords shorter than this are refused. */
  static final int MIN_PASSWORD = 12;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final AccountStore store;
  private final AgencyDirectory agencies;
  private final PasswordEncoder encoder = passwordEncoder();

  ConsoleAccounts(AccountStore store, AgencyDirectory agencies) {
    this.store = store;
    this.agencies = agencies;
  }

  /** The encoder of console passwords: Argon2id with Spring Security's current parameters. */
  static PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  /**
   * Creates the account, or resets an existing one of that name, with a new random password and,
   * for a role that needs it, a new TOTP secret.
   */
  public Issued issue(AgencyId agency, String username, Role role) {
    byte[] random = new byte[18];
    RANDOM.nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    return put(agency, username, password, role);
  }

  /** The encoded password; Spring's encoders return null only for a null password. */
  static String hash(PasswordEncoder encoder, String password) {
    String encoded = encoder.encode(password);
    if (encoded == null) {
      throw new IllegalStateException("the password encoder returned nothing");
    }
    return encoded;
  }

  /** Creates or resets the account with this password. */
  public Issued put(AgencyId agency, String username, String password, Role role) {
    var registered =
        agencies
            .registered(agency.value())
            .orElseThrow(() -> new IllegalArgumentException("no agency " + agency.value()));
    if (registered.isRemote()) {
      throw new IllegalArgumentException("a partner node's agency has no console accounts here");
    }
    if (password.length() < MIN_PASSWORD) {
      throw new IllegalArgumentException("a password has at least " + MIN_PASSWORD + " characters");
    }
    String secret = role.needsSecondFactor() ? Totp.newSecret() : null;
    store.put(agency.value(), username, hash(encoder, password), role, secret);
    return new Issued(agency.value(), username, password, role, secret);
  }

  /** Whether this account exists with this agency, role, password and TOTP secret. */
  public boolean holds(Issued issued) {
    return store
        .find(issued.username())
        .filter(account -> account.agency().equals(issued.agency()))
        .filter(account -> account.role() == issued.role())
        .filter(account -> java.util.Objects.equals(account.totpSecret(), issued.totpSecret()))
        .filter(account -> encoder.matches(issued.password(), account.passwordHash()))
        .isPresent();
  }
}
