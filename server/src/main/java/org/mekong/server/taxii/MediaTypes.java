package org.mekong.server.taxii;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Checks the Accept and Content-Type headers of TAXII requests (406 and 415 otherwise). Lenient in
 * form as real clients are: type and parameter names in any case, spaces around {@code ;} and
 * {@code =}, quoted values, other parameters such as {@code charset}, and no {@code version} at all
 * (which means the latest version the server speaks, 2.1).
 */
final class MediaTypes {

  private MediaTypes() {}

  /**
   * One media type or media range of a header.
   *
   * @param version the {@code version} parameter, unquoted; null when absent
   * @param quality the {@code q} parameter; 1 when absent or unreadable
   */
  record MediaType(String type, String subtype, @Nullable String version, double quality) {

    boolean is(String wantedType, String wantedSubtype) {
      return type.equals(wantedType) && subtype.equals(wantedSubtype);
    }

    /** Whether this range allows {@code wantedType/wantedSubtype} (wildcards included). */
    boolean allows(String wantedType, String wantedSubtype) {
      return (type.equals("*") || type.equals(wantedType))
          && (subtype.equals("*") || subtype.equals(wantedSubtype));
    }

    boolean isVersion21() {
      return version == null || version.equals("2.1");
    }
  }

  /** Refuses with 406 unless {@code accept} allows {@code application/taxii+json;version=2.1}. */
  static void requireTaxiiAccepted(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return;
    }
    for (String range : accept.split(",")) {
      MediaType type = parse(range);
      if (type != null
          && type.allows("application", "taxii+json")
          && type.quality() > 0
          && type.isVersion21()) {
        return;
      }
    }
    throw new TaxiiException(
        HttpStatus.NOT_ACCEPTABLE,
        "this server answers with " + TaxiiJson.TAXII + "; the Accept header does not allow it");
  }

  /**
   * Refuses with 415 unless {@code contentType} is {@code application/taxii+json} (a TAXII
   * envelope, as TAXII 2.1 section 5.5 says) or {@code application/stix+json} (a STIX bundle, as
   * Mekong has always taken), of version 2.1 or without version. Which of the two the body is, its
   * shape decides ({@link AddedObjects}).
   */
  static void requireAddedContent(@Nullable String contentType) {
    MediaType type = contentType == null ? null : parse(contentType);
    if (type != null
        && type.isVersion21()
        && (type.is("application", "taxii+json") || type.is("application", "stix+json"))) {
      return;
    }
    throw new TaxiiException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "objects are added as a TAXII envelope ("
            + TaxiiJson.TAXII
            + ") or a STIX bundle ("
            + TaxiiJson.STIX
            + "), not "
            + (contentType == null ? "a body without Content-Type" : contentType));
  }

  /** One media type of a header, or null when it is no {@code type/subtype}. */
  private static @Nullable MediaType parse(String text) {
    String[] parts = text.split(";");
    String[] name = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
    if (name.length != 2 || name[0].isBlank() || name[1].isBlank()) {
      return null;
    }
    String version = null;
    double quality = 1;
    for (int i = 1; i < parts.length; i++) {
      String[] pair = parts[i].split("=", 2);
      if (pair.length != 2) {
        continue;
      }
      String key = pair[0].strip().toLowerCase(Locale.ROOT);
      String value = unquote(pair[1].strip());
      if (key.equals("version")) {
        version = value;
      } else if (key.equals("q")) {
        quality = quality(value);
      }
    }
    return new MediaType(name[0].strip(), name[1].strip(), version, quality);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).strip();
    }
    return value;
  }

  private static double quality(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
