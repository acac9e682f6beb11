package org.mekong.server.demo;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's {@code credentials.json}: where the node is and how each agency logs in.
 *
 * @param baseUrl the node's URL
 * @param adminApiKey the node operator's key for the admin API
 * @param agencies one entry per demo agency
 */
public record Credentials(String baseUrl, @Nullable String adminApiKey, List<Entry> agencies) {

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
