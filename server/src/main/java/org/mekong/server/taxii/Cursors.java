package org.mekong.server.taxii;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.mekong.server.indicator.VersionQuery;

/**
 * The opaque {@code next} of a TAXII page: where the page stopped, as (date added, change
 * sequence). Versions are read in that order and the pair is unique, so a cursor never skips or
 * repeats a version however many share one date added, and versions stored later come after it.
 */
final class Cursors {

  private static final String PREFIX = "v1:";

  private Cursors() {}

  static String encode(VersionQuery.Position position) {
    String plain =
        PREFIX
            + position.added().getEpochSecond()
            + ":"
            + position.added().getNano()
            + ":"
            + position.changeSeq();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  static VersionQuery.Position decode(String next) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.US_ASCII);
      if (!plain.startsWith(PREFIX)) {
        throw invalid();
      }
      String[] parts = plain.substring(PREFIX.length()).split(":");
      if (parts.length != 3) {
        throw invalid();
      }
      return new VersionQuery.Position(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
          Long.parseLong(parts[2]));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw invalid();
    }
  }

  private static TaxiiException invalid() {
    return TaxiiException.badRequest("'next' is not a cursor this server gave out");
  }
}
