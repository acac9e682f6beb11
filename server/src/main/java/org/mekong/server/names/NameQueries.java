package org.mekong.server.names;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mekong.core.names.Schema;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;

/** Reads the fields of name queries, each refusal naming its field, and audits disclosures. */
final class NameQueries {

  /** Entities named in an audit entry before the rest are only counted. */
  static final int AUDIT_NAMED = 20;

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");

  private NameQueries() {}

  static Schema schema(String field, @Nullable String schema) {
    if (schema == null) {
      throw new BadRequestException(field, "is required: one of " + Schema.labels());
    }
    return Schema.of(schema)
        .orElseThrow(() -> new BadRequestException(field, "must be one of " + Schema.labels()));
  }

  static String name(String field, Schema schema, @Nullable String name) {
    if (name == null) {
      throw new BadRequestException(field, "is required");
    }
    String why = NameSearch.rejection(schema, name);
    if (why != null) {
      throw new BadRequestException(field, why);
    }
    return name;
  }

  static int limit(@Nullable Integer limit, int max) {
    if (limit == null) {
      return 10;
    }
    if (limit < 1 || limit > max) {
      throw new BadRequestException("limit", "must be from 1 to " + max);
    }
    return limit;
  }

  static @Nullable String birthDate(String field, @Nullable String date) {
    if (date != null && !DATE.matcher(date).matches()) {
      throw new BadRequestException(field, "must be YYYY, YYYY-MM or YYYY-MM-DD");
    }
    return date;
  }

  static @Nullable String nationality(String field, @Nullable String country) {
    if (country == null) {
      return null;
    }
    String code = country.toLowerCase(Locale.ROOT);
    if (!COUNTRY.matcher(code).matches()) {
      throw new BadRequestException(field, "must be an ISO 3166-1 alpha-2 country code");
    }
    return code;
  }

  /** Names, in the request's audit entry, the entities an answer disclosed. */
  static void audit(
      HttpServletRequest http,
      String what,
      int queries,
      List<NameSearchController.EntityView> disclosed) {
    var ids = NameSearchController.disclosed(disclosed);
    String named = ids.stream().limit(AUDIT_NAMED).collect(Collectors.joining(","));
    String rest = ids.size() > AUDIT_NAMED ? " +" + (ids.size() - AUDIT_NAMED) + " more" : "";
    AuditContext.describe(
        http,
        "names",
        what
            + " of "
            + queries
            + (queries == 1 ? " query" : " queries")
            + (ids.isEmpty() ? ", nothing disclosed" : ", disclosed " + named + rest));
  }
}
