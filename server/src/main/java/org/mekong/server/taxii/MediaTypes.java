package org.mekong.server.taxii;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** Checks the Accept and Content-Type headers of TAXII requests (406 and 415 otherwise). */
final class MediaTypes {

  private MediaTypes() {}

  /** Refuses with 406 unless {@code accept} allows {@code application/taxii+json;version=2.1}. */
  static void requireTaxiiAccepted(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return;
    }
    for (String range : accept.split(",")) {
      if (allows(range, "application", "taxii+json")) {
        return;
      }
    }
    throw new TaxiiException(
        HttpStatus.NOT_ACCEPTABLE,
        "this server answers with " + TaxiiJson.TAXII + "; the Accept header does not allow it");
  }

  /** Refuses with 415 unless {@code contentType} is {@code application/stix+json;version=2.1}. */
  static void requireStixContent(@Nullable String contentType) {
    if (contentType == null || !isExactly(contentType, "application", "stix+json")) {
      throw new TaxiiException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "objects are added as " + TaxiiJson.STIX + ", not " + contentType);
    }
  }

  private static boolean allows(String range, String type, String subtype) {
    String[] parts = range.split(";");
    String[] name = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
    if (name.length != 2) {
      return false;
    }
    boolean typeMatches = name[0].equals("*") || name[0].equals(type);
    boolean subtypeMatches = name[1].equals("*") || name[1].equals(subtype);
    if (!typeMatches || !subtypeMatches || zeroQuality(parts)) {
      return false;
    }
    String version = parameter(parts, "version");
    return version == null || version.equals("2.1");
  }

  private static boolean isExactly(String contentType, String type, String subtype) {
    String[] parts = contentType.split(";");
    String name = parts[0].strip().toLowerCase(Locale.ROOT);
    String version = parameter(parts, "version");
    return name.equals(type + "/" + subtype) && (version == null || version.equals("2.1"));
  }

  private static boolean zeroQuality(String[] parts) {
    String q = parameter(parts, "q");
    if (q == null) {
      return false;
    }
    try {
      return Double.parseDouble(q) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static @Nullable String parameter(String[] parts, String key) {
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].strip().split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase(key)) {
        return pair[1].strip().replace("\"", "");
      }
    }
    return null;
  }
}
