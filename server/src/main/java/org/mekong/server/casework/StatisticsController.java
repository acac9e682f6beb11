package org.mekong.server.casework;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mekong.core.casework.AgeBand;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.SuppressedCounts;
import org.mekong.core.input.PartialDate;
import org.mekong.server.agency.Serves;
import org.mekong.server.web.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Statistics safe to publish: persons by nationality, sex and age band, cases by site, month and
 * status, every cell under {@link SuppressedCounts#THRESHOLD} suppressed; JSON, or CSV with {@code
 * ?format=csv} or {@code Accept: text/csv}.
 */
@RestController
@Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
class StatisticsController {

  /** One cell; {@code count} absent when suppressed. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CellJson(String value, @Nullable Long count, boolean suppressed) {}

  /** Every table, by dimension. */
  record StatisticsJson(int threshold, Map<String, List<CellJson>> dimensions) {}

  private final JdbcClient jdbc;

  StatisticsController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/api/v1/casework/statistics")
  @Nullable StatisticsJson statistics(
      @RequestParam(required = false) @Nullable String format,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    String accept = String.valueOf(request.getHeader("Accept")).toLowerCase(Locale.ROOT);
    boolean csv;
    if (format == null) {
      csv = accept.contains("text/csv") && !accept.contains("application/json");
    } else if (format.equals("csv") || format.equals("json")) {
      csv = format.equals("csv");
    } else {
      throw new BadRequestException("format", "must be json or csv");
    }
    Map<String, List<CellJson>> dimensions = new LinkedHashMap<>();
    dimensions.put(
        "nationality",
        cells(counts("SELECT unnest(nationalities), count(*) FROM casework_person GROUP BY 1")));
    dimensions.put("sex", cells(counts("SELECT sex, count(*) FROM casework_person GROUP BY 1")));
    dimensions.put("ageBand", cells(ageBands()));
    dimensions.put(
        "site",
        cells(
            counts(
                "SELECT coalesce(s.record->>'name', 'unknown'), count(*) FROM casework_case c"
                    + " LEFT JOIN LATERAL (SELECT e.record->>'site' AS site FROM casework_event e"
                    + " WHERE e.case_id = c.id AND e.record->>'site' IS NOT NULL ORDER BY e.seq LIMIT 1) f ON true"
                    + " LEFT JOIN casework_site s ON s.id = f.site::uuid GROUP BY 1")));
    dimensions.put(
        "month",
        cells(
            counts(
                "SELECT to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM'), count(*) FROM casework_case GROUP BY 1")));
    dimensions.put("status", cells(counts("SELECT state, count(*) FROM casework_case GROUP BY 1")));
    if (!csv) {
      return new StatisticsJson(SuppressedCounts.THRESHOLD, dimensions);
    }
    response.setContentType("text/csv;charset=UTF-8");
    try (Writer out =
        new java.io.OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
      out.write("dimension,value,count\r\n");
      for (var dimension : dimensions.entrySet()) {
        for (CellJson cell : dimension.getValue()) {
          out.write(
              dimension.getKey()
                  + ","
                  + quote(cell.value())
                  + ","
                  + (cell.suppressed() ? "<" + SuppressedCounts.THRESHOLD : cell.count())
                  + "\r\n");
        }
      }
    }
    return null;
  }

  private Map<String, Long> counts(String sql) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.sql(sql)
        .query((rs, row) -> counts.put(String.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return counts;
  }

  private Map<String, Long> ageBands() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<String, Long> counts = new TreeMap<>();
    for (var entry :
        counts("SELECT coalesce(birth_date, ''), count(*) FROM casework_person GROUP BY 1")
            .entrySet()) {
      Integer age =
          entry.getKey().isEmpty()
              ? null
              : PartialDate.parseBirthDate("birthDate", entry.getKey(), LocalDate.MAX).ageOn(today);
      counts.merge(Codes.of(AgeBand.of(age)), entry.getValue(), Long::sum);
    }
    return counts;
  }

  private static List<CellJson> cells(Map<String, Long> counts) {
    return SuppressedCounts.of(counts).stream()
        .map(c -> new CellJson(c.value(), c.count(), c.suppressed()))
        .toList();
  }

  private static String quote(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\""
        : value;
  }
}
