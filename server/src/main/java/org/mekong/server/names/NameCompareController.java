package org.mekong.server.names;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.FreeText;
import org.mekong.core.names.Comparison;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Compares pairs of names, in input order: a pair that cannot be compared (unknown schema, empty or
 * over-long name, control characters, only titles) gets an error in its place, and the others are
 * still compared. Nothing is stored or disclosed; the request is audited like every write.
 */
@RestController
class NameCompareController {

  /** The most pairs one request may compare. */
  static final int MAX_PAIRS = 10_000;

  /**
   * One pair as sent; fields are read as JSON values so that a wrong one is that pair's error, not
   * the whole request's.
   */
  record PairRequest(
      @Nullable JsonNode schema, @Nullable JsonNode name1, @Nullable JsonNode name2) {}

  /** The pairs to compare. */
  record CompareRequest(@Nullable List<@Nullable PairRequest> pairs) {}

  /** The comparison of one pair, or why it could not be compared. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"score", "match", "explanation", "error"})
  record PairResult(
      @Nullable Double score,
      @Nullable Boolean match,
      @Nullable String explanation,
      @Nullable String error) {

    static PairResult of(Comparison c) {
      return new PairResult(c.score(), c.match(), c.explanation(), null);
    }

    static PairResult error(String error) {
      return new PairResult(null, null, null, error);
    }
  }

  /** The results, one per pair, in input order. */
  record CompareResponse(List<PairResult> results) {}

  @Serves({
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @PostMapping(
      path = "/api/v1/names/compare",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  CompareResponse compare(@RequestBody CompareRequest request, HttpServletRequest http) {
    List<@Nullable PairRequest> pairs = request.pairs();
    if (pairs == null || pairs.isEmpty()) {
      throw new BadRequestException("pairs", "must list 1-" + MAX_PAIRS + " pairs of names");
    }
    if (pairs.size() > MAX_PAIRS) {
      throw new BadRequestException(
          "pairs", "lists " + pairs.size() + " pairs; at most " + MAX_PAIRS + " per request");
    }
    List<PairResult> results = new ArrayList<>(pairs.size());
    int errors = 0;
    for (int i = 0; i < pairs.size(); i++) {
      PairResult result = compare("pairs[" + i + "]", pairs.get(i));
      errors += result.error() == null ? 0 : 1;
      results.add(result);
    }
    AuditContext.describe(
        http,
        "names",
        pairs.size() + " pairs compared" + (errors == 0 ? "" : ", " + errors + " refused"));
    return new CompareResponse(results);
  }

  private static PairResult compare(String at, @Nullable PairRequest pair) {
    if (pair == null) {
      return PairResult.error(at + ": must be an object {\"schema\", \"name1\", \"name2\"}");
    }
    String label;
    String name1;
    String name2;
    try {
      label = text(at + ".schema", pair.schema());
      name1 = text(at + ".name1", pair.name1());
      name2 = text(at + ".name2", pair.name2());
    } catch (IllegalArgumentException e) {
      return PairResult.error(String.valueOf(e.getMessage()));
    }
    Optional<Schema> schema = Schema.of(label);
    if (schema.isEmpty()) {
      return PairResult.error(
          "%s.schema: '%s' is unknown; expected one of %s"
              .formatted(at, shortened(label), Schema.labels()));
    }
    for (String[] name : List.of(new String[] {"name1", name1}, new String[] {"name2", name2})) {
      Optional<String> why = NameComparator.rejection(schema.get(), name[1]);
      if (why.isPresent()) {
        return PairResult.error(at + "." + name[0] + ": " + why.get());
      }
    }
    return PairResult.of(NameComparator.compare(schema.get(), name1, name2));
  }

  /** A value short enough to quote in an error. */
  private static String shortened(String value) {
    int cut = value.codePointCount(0, value.length()) > 40 ? value.offsetByCodePoints(0, 40) : -1;
    return cut < 0 ? value : value.substring(0, cut) + "…";
  }

  /** The string of a field, or why it is not one. */
  private static String text(String field, @Nullable JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      throw new IllegalArgumentException(field + ": is required");
    }
    if (!value.isString()) {
      throw new IllegalArgumentException(field + ": must be a string");
    }
    String text = value.asString();
    String problem = FreeText.problem(text);
    if (problem != null) {
      throw new IllegalArgumentException(field + ": " + problem);
    }
    return text;
  }
}
