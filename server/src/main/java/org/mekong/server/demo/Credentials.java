package org.mekong.server.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's {@code credentials.json}: where the node is and how each agency logs in.
 *
 * @param baseUrl the node's URL
 * @param adminApiKey the node operator's key for the admin API
 * @param agencies one entry per demo agency
 * @param users the console's accounts: one per demo agency and role
 */
public record Credentials(
    String baseUrl, @Nullable String adminApiKey, List<Entry> agencies, List<User> users) {

  /** A file written before the console existed has no users. */
  public Credentials {
    users = users == null ? List.of() : List.copyOf(users);
  }

  /** Credentials without console accounts. */
  public Credentials(String baseUrl, @Nullable String adminApiKey, List<Entry> agencies) {
    this(baseUrl, adminApiKey, agencies, List.of());
  }

  /**
   * A person's console account: the TOTP secret (Base32, for an authenticator app) is there for the
   * roles that need a second factor.
   */
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record User(
      String agency, String username, String password, String role, @Nullable String totpSecret) {}

  /** One agency's identity and credentials. */
  public record Entry(
      String id,
      String name,
      String country,
      String kind,
      String apiKey,
      String taxiiUser,
      String taxiiPassword) {}
}
