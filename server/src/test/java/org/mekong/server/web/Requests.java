package org.mekong.server.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes.SeededNode;

/** The fuzzed requests: valid ones across the endpoints, and seeded mutations of them. */
final class Requests {

  /** One request as sent: the target and body are raw bytes, possibly malformed. */
  record Request(
      String method,
      String target,
      @Nullable String authorization,
      String contentType,
      byte[] body) {

    String describe() {
      String text = new String(body, StandardCharsets.UTF_8);
      return method
          + " "
          + escape(target)
          + (body.length == 0
              ? ""
              : " body " + escape(text.substring(0, Math.min(300, text.length()))));
    }
  }

  private record Template(
      String method, String target, String who, String contentType, String body) {}

  /** Tokens that break JSON bodies, inserted anywhere (JSON escapes included, as text). */
  private static final List<String> BODY_TOKENS =
      List.of(
          "\\u0000",
          "\\ud800",
          "\\udc00",
          "\\u001b",
          "\\u0085",
          "\u0000",
          "\u0001",
          "\"",
          "\\",
          ",",
          ":",
          "{",
          "}",
          "[",
          "]",
          "\"zz\":1,",
          "1e999999",
          "99999999999999999999999999999",
          "50.5",
          "\"60\"",
          "-1",
          "null",
          "true",
          "[]",
          "{}",
          "+99999-01-01T00:00:00Z",
          "-0001-01-01T00:00:00Z",
          "2999-01-01T00:00:00Z",
          "\uD83D\uDE00",
          "\u202E");

  /** Tokens for query strings: bad %-encoding, invalid UTF-8, NUL, years, huge numbers. */
  private static final List<String> QUERY_TOKENS =
      List.of(
          "%00",
          "%zz",
          "%",
          "%e",
          "%ED%A0%80",
          "%C0%80",
          "%FF",
          "%1B",
          "%C2%85",
          "%2B99999-01-01T00:00:00Z",
          "-0001-01-01T00:00:00Z",
          "99999999999999999999",
          "-1",
          "0",
          "50.5",
          "ZZZ",
          "bogus",
          "&",
          "=",
          "&limit=",
          "&region=ZZZ",
          "&category=bogus",
          "&type=bogus",
          "&since=x",
          "&text=%00",
          "[",
          "]");

  private final List<Template> templates;
  private final String ccib;
  private final String operator;

  private Requests(List<Template> templates, String ccib, String operator) {
    this.templates = templates;
    this.ccib = ccib;
    this.operator = operator;
  }

  /** Publishes one indicator to address, and lists the valid requests. */
  static Requests prepare(SeededNode seeded) {
    Http http = seeded.http();
    String ccib = seeded.keyOf("th-ccib");
    String operator = seeded.keyOf("th-chaophraya-mobile");
    String publish =
        "{\"type\":\"domain\",\"value\":\"fuzz-seed.com\",\"categories\":[\"fraud\"],"
            + "\"confidence\":80,\"tlp\":\"amber\",\"recipients\":[\"th-amlo\"],"
            + "\"handling\":[\"H2\"],\"evaluation\":\"B2\",\"validFrom\":\"2026-01-01T00:00:00Z\","
            + "\"validUntil\":\"2030-01-01T00:00:00Z\",\"description\":\"fake police ตำรวจ\","
            + "\"externalReferences\":[{\"sourceName\":\"case\",\"url\":\"https://example.org/1\","
            + "\"externalId\":\"C-1\"}]}";
    Http.Response created = http.post("/api/v1/indicators", ccib, publish);
    if (created.status() != 201) {
      throw new IllegalStateException("could not publish the seed indicator: " + created.body());
    }
    String id = created.json().get("indicator").get("id").asString();
    String bundle = http.get("/api/v1/indicators:export?format=stix", ccib).body();
    String csv =
        "type,value,region,categories,confidence,tlp,description,valid_from\n"
            + "domain,fuzz-csv.com,,fraud,60,green,a line,2026-01-01\n"
            + "phone,081 234 5678,TH,fraud,70,green,\"quoted, text\",2026-01-01T00:00:00Z\n";
    String misp =
        "{\"Event\":{\"uuid\":\"5f0c4a3e-0000-4000-8000-000000000009\",\"info\":\"fuzz\","
            + "\"Tag\":[{\"name\":\"tlp:green\"}],\"Attribute\":[{\"type\":\"domain\","
            + "\"value\":\"fuzz-misp.com\",\"to_ids\":true,\"comment\":\"c\"}]}}";
    String cut =
        "{\"recipient\":\"th-chaophraya-mobile\",\"kind\":\"cut-service\",\"urgency\":\"urgent\","
            + "\"subject\":\"Cut KK Park\",\"legalBasis\":\"MoU 2025\",\"payload\":{\"area\":"
            + "\"KK Park\",\"services\":[\"internet\",\"mobile\"],\"cellSites\":"
            + "[\"414-09-1201-300451\"],\"ipRanges\":[\"103.77.48.0/22\"],"
            + "\"satelliteTerminals\":[\"starlink:KIT304125478\"]}}";
    Http.Response request = http.post("/api/v1/requests", ccib, cut);
    if (request.status() != 201) {
      throw new IllegalStateException("could not send the seed request: " + request.body());
    }
    String requestId = request.json().get("id").asString();
    List<Template> templates =
        List.of(
            new Template("POST", "/api/v1/requests", "ccib", "application/json", cut),
            new Template(
                "GET",
                "/api/v1/requests?box=sent&status=sent&kind=cut-service&overdue=false"
                    + "&dueBefore=2030-01-01T00:00:00Z&limit=5",
                "ccib",
                "",
                ""),
            new Template("GET", "/api/v1/requests/" + requestId, "operator", "", ""),
            new Template(
                "POST",
                "/api/v1/requests/" + requestId + "/partial-answer",
                "operator",
                "application/json",
                "{\"text\":\"part\",\"documents\":[{\"title\":\"t\",\"url\":"
                    + "\"https://example.org/d\"}],\"people\":[{\"name\":\"A B\","
                    + "\"birthDate\":\"1990-01-01\",\"nationality\":\"MM\"}],"
                    + "\"selectors\":[{\"type\":\"phone\",\"value\":\"0812345678\","
                    + "\"region\":\"TH\"}]}"),
            new Template(
                "POST",
                "/api/v1/requests/" + requestId + "/execution",
                "operator",
                "application/json",
                "{\"executed\":[{\"type\":\"cell-site\",\"value\":\"414-09-1201-300451\"}],"
                    + "\"notExecuted\":[{\"type\":\"ip\",\"value\":\"103.77.48.0/22\"}],"
                    + "\"note\":\"n\"}"),
            new Template("POST", "/api/v1/indicators", "ccib", "application/json", publish),
            new Template(
                "POST",
                "/api/v1/indicators/" + id + "/sightings",
                "ccib",
                "application/json",
                "{\"kind\":\"seen\",\"anonymous\":false,\"observedAt\":\"2026-06-01T00:00:00Z\","
                    + "\"note\":\"seen twice\"}"),
            new Template(
                "GET",
                "/api/v1/indicators?selector=fuzz-seed.com&type=domain&region=TH&category=fraud"
                    + "&text=police&since=2026-01-01T00:00:00Z&limit=5",
                "ccib",
                "",
                ""),
            new Template("GET", "/api/v1/indicators/" + id, "ccib", "", ""),
            new Template("GET", "/api/v1/indicators/" + id + "/history", "ccib", "", ""),
            new Template(
                "GET", "/api/v1/correlation?selector=fuzz-seed.com&type=domain", "ccib", "", ""),
            new Template(
                "GET",
                "/api/v1/indicators:export?format=csv&category=fraud&type=domain",
                "ccib",
                "",
                ""),
            new Template(
                "POST",
                "/api/v1/indicators:import?format=csv&category=fraud&tlp=green&confidence=50",
                "ccib",
                "text/csv",
                csv),
            new Template(
                "POST",
                "/api/v1/indicators:import?format=list&type=domain&category=fraud&tlp=green",
                "ccib",
                "text/plain",
                "fuzz-list.com\nfuzz-list2.com\n"),
            new Template(
                "POST",
                "/api/v1/indicators:import?format=hosts&category=fraud&tlp=green",
                "ccib",
                "text/plain",
                "0.0.0.0 fuzz-hosts.com\n"),
            new Template(
                "POST",
                "/api/v1/indicators:import?format=misp&category=fraud",
                "ccib",
                "application/json",
                misp),
            new Template(
                "POST",
                "/api/v1/indicators:import?format=stix",
                "ccib",
                "application/json",
                bundle),
            new Template(
                "POST",
                "/taxii2/mekong/collections/7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11/objects/",
                "ccib",
                "application/stix+json;version=2.1",
                bundle),
            new Template(
                "POST",
                "/api/v1/selectors/normalize",
                "ccib",
                "application/json",
                "{\"type\":\"phone\",\"region\":\"TH\",\"values\":[\"081 234 5678\"]}"),
            new Template(
                "POST",
                "/api/v1/selectors/extract",
                "ccib",
                "application/json",
                "{\"text\":\"call +86 138 0013 8000 or http://gov-cn.safe-check.top/x\","
                    + "\"region\":\"CN\"}"),
            new Template(
                "POST",
                "/api/v1/screen",
                "operator",
                "application/json",
                "{\"region\":\"TH\",\"items\":[{\"type\":\"domain\",\"value\":\"fuzz-seed.com\"}]}"),
            new Template(
                "POST",
                "/api/v1/screen/events",
                "operator",
                "application/json",
                "{\"region\":\"TH\",\"events\":[{\"kind\":\"call\",\"aNumber\":\"0812345678\","
                    + "\"bNumber\":\"66898765432\"}]}"),
            new Template(
                "GET",
                "/api/v1/alerts?status=open&level=review&assignee=somchai&limit=5",
                "operator",
                "",
                ""),
            new Template(
                "POST",
                "/api/v1/alerts/00000000-0000-4000-8000-000000000000/assign",
                "operator",
                "application/json",
                "{\"assignee\":\"somchai\",\"analyst\":\"noi\",\"reason\":\"check\"}"));
    return new Requests(templates, ccib, operator);
  }

  /** A valid request, or (mostly) a mutation of one. */
  Request next(Random random) {
    Template template = templates.get(random.nextInt(templates.size()));
    String target = template.target();
    String body = template.body();
    int choice = random.nextInt(10);
    if (choice < 5 && !body.isEmpty()) {
      body = mutate(body, BODY_TOKENS, random);
    } else if (choice < 8) {
      target = mutateQuery(target, random);
    } else if (choice == 8 && !body.isEmpty() && random.nextInt(20) == 0) {
      boolean objects = random.nextBoolean();
      body =
          (objects ? "{\"a\":" : "[").repeat(10_000) + body + (objects ? "}" : "]").repeat(10_000);
    }
    String key = template.who().equals("operator") ? operator : ccib;
    String authorization = "Bearer " + key;
    return new Request(
        template.method(),
        target,
        authorization,
        template.contentType().isEmpty() ? "application/json" : template.contentType(),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static String mutate(String text, List<String> tokens, Random random) {
    StringBuilder out = new StringBuilder(text);
    int rounds = 1 + random.nextInt(3);
    for (int round = 0; round < rounds; round++) {
      int at = out.isEmpty() ? 0 : random.nextInt(out.length() + 1);
      switch (random.nextInt(5)) {
        case 0, 1 -> out.insert(at, tokens.get(random.nextInt(tokens.size())));
        case 2 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(6)));
        case 3 -> {
          int quote = out.indexOf("\"", at);
          if (quote >= 0) {
            out.insert(quote + 1, tokens.get(random.nextInt(tokens.size())));
          }
        }
        default -> {
          int colon = out.indexOf(":", at);
          if (colon >= 0) {
            int end = colon + 1;
            while (end < out.length() && ",}]".indexOf(out.charAt(end)) < 0) {
              end++;
            }
            out.replace(colon + 1, end, tokens.get(random.nextInt(tokens.size())));
          }
        }
      }
    }
    return out.toString();
  }

  /** Inserts a query token into the query (made if absent), or replaces a parameter's value. */
  private static String mutateQuery(String target, Random random) {
    String token = QUERY_TOKENS.get(random.nextInt(QUERY_TOKENS.size()));
    int question = target.indexOf('?');
    if (question < 0) {
      return target + "?x=" + token;
    }
    if (random.nextBoolean()) {
      int equals = target.indexOf('=', question + 1 + random.nextInt(target.length() - question));
      if (equals > 0) {
        int end = target.indexOf('&', equals);
        return target.substring(0, equals + 1) + token + (end < 0 ? "" : target.substring(end));
      }
    }
    int at = question + 1 + random.nextInt(target.length() - question);
    return target.substring(0, at) + token + target.substring(at);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
