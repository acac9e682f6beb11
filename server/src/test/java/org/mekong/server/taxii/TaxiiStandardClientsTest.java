package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mekong.server.taxii.TaxiiClient.COLLECTION;
import static org.mekong.server.taxii.TaxiiClient.ROOT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/**
 * The requests standard TAXII 2.1 clients send, byte for byte where it matters, written from the
 * TAXII 2.1 specification (sections 3 to 5) and the published sources of the OASIS client {@code
 * taxii2-client} ({@code taxii2client.v21}: HTTP Basic, {@code Accept} and {@code Content-Type:
 * application/taxii+json;version=2.1}, {@code json.dumps} bodies, the status URL joined as {@code
 * ../../status/<id>}, {@code as_pages} following {@code next}), MISP's TAXII push (an envelope
 * assembled as {@code {"objects":[...]}}) and OpenCTI's TAXII connector (which pages with {@code
 * added_after}, {@code limit} and {@code next} through the same client).
 */
class TaxiiStandardClientsTest {

  private static final String TAXII = "application/taxii+json;version=2.1";
  private static final String USER_AGENT = "taxii2-client/2.3.0";
  private static final String TLP_GREEN =
      "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";

  private static SeededNode seeded;
  private static HttpClient client;

  @BeforeAll
  static void start() {
    seeded = TestNodes.shared();
    client = HttpClient.newHttpClient();
  }

  /** A response with its headers. */
  private record Answer(int status, Map<String, List<String>> headers, String body) {
    JsonNode json() {
      return Http.JSON.readTree(body);
    }

    @Nullable String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().getFirst())
          .findFirst()
          .orElse(null);
    }

    /**
     * taxii2-client's {@code valid_content_type}: every token of the Accept sent is among the
     * Content-Type's tokens, and the type is application/taxii+json.
     */
    void assertValidFor(String accept) {
      String contentType = java.util.Objects.requireNonNullElse(header("Content-Type"), "");
      List<String> tokens = Arrays.asList(contentType.replace(" ", "").split(";"));
      assertThat(tokens.getFirst()).isEqualTo("application/taxii+json");
      assertThat(tokens).containsAll(Arrays.asList(accept.replace(" ", "").split(";")));
    }
  }

  private static String basic(String agency) {
    String pair = agency + ":" + seeded.keyOf(agency);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpRequest.Builder request(String path, String agency) {
    return HttpRequest.newBuilder(URI.create(seeded.node().baseUrl() + path))
        .header("Authorization", basic(agency))
        .header("User-Agent", USER_AGENT);
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code _HTTPConnection.get}: the Accept given, or TAXII 2.1's by default. */
  private static Answer get(String path, String agency, String accept) {
    return send(request(path, agency).header("Accept", accept).GET().build());
  }

  /** {@code Collection.add_objects}: the envelope POSTed with TAXII Accept and Content-Type. */
  private static Answer post(String agency, String contentType, String body) {
    return send(
        request(COLLECTION + "objects/", agency)
            .header("Accept", TAXII)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  /** {@code _filter_kwargs_to_query_params}, in the order the client would give them. */
  private static String query(Map<String, String> params) {
    List<String> pairs = new ArrayList<>();
    params.forEach(
        (name, value) ->
            pairs.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
  }

  private static String domain() {
    return "client-" + Long.toString(System.nanoTime(), 36) + ".top";
  }

  /** An indicator as {@code json.dumps} writes it (", " and ": " separators). */
  private static String indicator(String id, String domain, String modified) {
    return "{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \""
        + id
        + "\", \"created\": \"2026-02-01T00:00:00.000Z\", \"modified\": \""
        + modified
        + "\", \"pattern\": \"[domain-name:value = '"
        + domain
        + "']\", \"pattern_type\": \"stix\", \"valid_from\": \"2026-02-01T00:00:00Z\", "
        + "\"labels\": [\"fraud.phishing\"], \"object_marking_refs\": [\""
        + TLP_GREEN
        + "\"]}";
  }

  private static String envelope(String... objects) {
    return "{\"objects\": [" + String.join(", ", objects) + "]}";
  }

  /** taxii2-client's {@code Status._validate_status}. */
  private static void assertValidStatus(JsonNode status) {
    assertThat(status.get("id").asString()).isNotBlank();
    assertThat(status.get("status").asString()).isIn("complete", "pending");
    int successes = status.get("success_count").asInt();
    int failures = status.get("failure_count").asInt();
    int pendings = status.get("pending_count").asInt();
    assertThat(successes + failures + pendings).isEqualTo(status.get("total_count").asInt());
    if (status.has("successes")) {
      assertThat(status.get("successes")).hasSize(successes);
    }
    if (status.has("failures")) {
      assertThat(status.get("failures")).hasSize(failures);
    }
    for (String list : List.of("successes", "failures")) {
      if (status.has(list)) {
        status
            .get(list)
            .forEach(
                detail -> {
                  assertThat(detail.get("id").asString()).isNotBlank();
                  assertThat(detail.get("version").asString()).isNotBlank();
                  assertThat(detail.get("message").asString()).isNotBlank();
                });
      }
    }
  }

  @Test
  void taxii2ClientWalksDiscoveryApiRootAndCollections() {
    Answer discovery = get("/taxii2/", "th-ccib", TAXII);
    assertThat(discovery.status()).as(discovery.body()).isEqualTo(200);
    discovery.assertValidFor(TAXII);
    assertThat(discovery.json().get("title").asString()).isNotBlank();
    String root = discovery.json().get("api_roots").get(0).asString();
    assertThat(discovery.json().get("default").asString()).isEqualTo(root);

    Answer apiRoot = get(root, "th-ccib", TAXII);
    apiRoot.assertValidFor(TAXII);
    assertThat(apiRoot.json().get("versions").get(0).asString()).isEqualTo(TAXII);
    assertThat(apiRoot.json().get("max_content_length").asLong()).isPositive();

    Answer collections = get(root + "collections/", "th-ccib", TAXII);
    collections.assertValidFor(TAXII);
    JsonNode indicators = collections.json().get("collections").get(0);
    assertThat(indicators.get("can_write").asBoolean()).isTrue();
    assertThat(indicators.get("media_types").get(0).asString())
        .isEqualTo("application/stix+json;version=2.1");
    String collectionUrl = root + "collections/" + indicators.get("id").asString() + "/";
    Answer collection = get(collectionUrl, "th-ccib", TAXII);
    collection.assertValidFor(TAXII);
    assertThat(collection.json()).isEqualTo(indicators);
  }

  @Test
  void addObjectsWithAnEnvelopeAsTaxii2ClientSendsItAnswers202WithAStatus() {
    String domain = domain();
    String good = "indicator--" + UUID.randomUUID();
    String bad = "indicator--" + UUID.randomUUID();
    String identity =
        "{\"type\": \"identity\", \"spec_version\": \"2.1\", \"id\": \"identity--"
            + UUID.randomUUID()
            + "\", \"created\": \"2026-02-01T00:00:00.000Z\", \"modified\":"
            + " \"2026-02-01T00:00:00.000Z\", \"name\": \"A CERT\"}";
    String unreadable =
        indicator(bad, "a-" + domain, "2026-02-01T00:00:00.000Z")
            .replace("[domain-name:value = 'a-" + domain + "']", "[file:name = 'x.exe']");

    Answer added =
        post(
            "th-ccib",
            TAXII,
            envelope(indicator(good, domain, "2026-02-02T00:00:00.000Z"), unreadable, identity));

    assertThat(added.status()).as(added.body()).isEqualTo(202);
    added.assertValidFor(TAXII);
    JsonNode status = added.json();
    assertValidStatus(status);
    assertThat(status.get("status").asString()).isEqualTo("complete");
    assertThat(status.get("total_count").asInt()).isEqualTo(3);
    assertThat(status.get("success_count").asInt()).isEqualTo(2);
    assertThat(status.get("failures").get(0).get("id").asString()).isEqualTo(bad);
    assertThat(status.get("failures").get(0).get("message").asString()).contains("file");
    JsonNode stored = status.get("successes").get(0);
    assertThat(stored.get("id").asString()).isEqualTo(good);
    assertThat(stored.get("version").asString()).isEqualTo("2026-02-02T00:00:00.000Z");

    // Collection.add_objects joins "../../status/<id>" to the collection's URL, and the Status
    // endpoint then adds the trailing slash; clients written by hand often leave it out
    String statusUrl =
        URI.create(COLLECTION).resolve("../../status/" + status.get("id").asString()).toString();
    assertThat(statusUrl).isEqualTo(ROOT + "status/" + status.get("id").asString());
    Answer polled = get(statusUrl, "th-ccib", TAXII);
    assertThat(polled.status()).isEqualTo(200);
    polled.assertValidFor(TAXII);
    assertThat(polled.json()).isEqualTo(status);
    Answer getStatus = get(statusUrl + "/", "th-ccib", TAXII);
    assertThat(getStatus.json()).isEqualTo(status);

    String id = stored.get("message").asString().replace("stored as ", "");
    Answer object = get(COLLECTION + "objects/" + id + "/", "th-amlo", TAXII);
    assertThat(object.status()).isEqualTo(200);
    assertThat(object.json().get("objects").get(0).get("pattern").asString()).contains(domain);
  }

  @Test
  void theContentTypeVariantsRealClientsSendAreAccepted() {
    for (String contentType :
        List.of(
            "application/taxii+json;version=2.1",
            "application/taxii+json",
            "application/taxii+json; version=2.1",
            "application/taxii+json; version=\"2.1\"",
            "Application/TAXII+JSON;Version=2.1",
            "application/taxii+json;version=2.1; charset=utf-8")) {
      String domain = domain();
      Answer added =
          post(
              "th-ccib",
              contentType,
              envelope(
                  indicator("indicator--" + UUID.randomUUID(), domain, "2026-02-02T00:00:00Z")));
      assertThat(added.status()).as(contentType + ": " + added.body()).isEqualTo(202);
      assertThat(added.json().get("success_count").asInt()).as(contentType).isEqualTo(1);
    }
  }

  @Test
  void mispsEnvelopeAndAStixBundleUnderEitherTypeAreAccepted() {
    // MISP's taxii_push writes '{"objects":[' + objects joined by ',' + ']}'
    String misp =
        "{\"objects\":["
            + indicator("indicator--" + UUID.randomUUID(), domain(), "2026-02-02T00:00:00Z")
            + "]}";
    assertThat(post("th-ccib", TAXII, misp).json().get("success_count").asInt()).isEqualTo(1);

    String bundle =
        "{\"type\": \"bundle\", \"id\": \"bundle--"
            + UUID.randomUUID()
            + "\", \"objects\": ["
            + indicator("indicator--" + UUID.randomUUID(), domain(), "2026-02-02T00:00:00Z")
            + "]}";
    for (String contentType : List.of("application/stix+json;version=2.1", TAXII)) {
      Answer added = post("th-ccib", contentType, bundle);
      assertThat(added.status()).as(contentType + ": " + added.body()).isEqualTo(202);
      assertThat(added.json().get("total_count").asInt()).isEqualTo(1);
    }

    Answer empty = post("th-ccib", TAXII, "{}");
    assertThat(empty.status()).isEqualTo(202);
    assertThat(empty.json().get("total_count").asInt()).isZero();
    assertValidStatus(empty.json());
    Answer paged = post("th-ccib", TAXII, "{\"more\": false, \"next\": \"n\", \"objects\": []}");
    assertThat(paged.status()).isEqualTo(202);
  }

  @Test
  void badBodiesAndMediaTypesAreRefusedAsTheSpecificationSays() {
    assertRefused(post("th-ccib", TAXII, "{\"objects\": "), 400);
    assertRefused(post("th-ccib", TAXII, "[1]"), 422);
    assertRefused(post("th-ccib", TAXII, "{\"objects\": {\"type\": \"indicator\"}}"), 422);
    assertRefused(post("th-ccib", TAXII, "{\"objects\": [], \"more\": \"yes\"}"), 422);
    assertRefused(post("th-ccib", TAXII, "{\"type\": \"indicator\"}"), 422);
    assertRefused(post("th-ccib", TAXII, "{\"type\": \"bundle\", \"objects\": []}"), 422);
    assertRefused(post("th-ccib", "application/taxii+json;version=2.0", envelope()), 415);
    assertRefused(post("th-ccib", "application/vnd.oasis.stix+json; version=2.0", envelope()), 415);
    assertRefused(post("th-ccib", "text/plain", envelope()), 415);
    assertRefused(post("th-chaophraya-mobile", TAXII, envelope()), 403);
    assertRefused(
        send(
            request(COLLECTION + "objects/", "th-ccib")
                .header("Accept", "application/xml")
                .header("Content-Type", TAXII)
                .POST(HttpRequest.BodyPublishers.ofString(envelope()))
                .build()),
        406);
    assertRefused(
        send(
            request(ROOT + "collections/00000000-0000-4000-8000-000000000000/objects/", "th-ccib")
                .header("Accept", TAXII)
                .header("Content-Type", TAXII)
                .POST(HttpRequest.BodyPublishers.ofString(envelope()))
                .build()),
        404);
  }

  @Test
  void getObjectsPagesWithAddedAfterLimitAndNextAsOpenCtisConnectorDoes() {
    String before = TaxiiJson.timestamp(java.time.Instant.now().minusSeconds(1));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = "indicator--" + UUID.randomUUID();
      JsonNode status =
          post("th-ccib", TAXII, envelope(indicator(id, domain(), "2026-02-02T00:00:00Z"))).json();
      ids.add(status.get("successes").get(0).get("message").asString().replace("stored as ", ""));
    }
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("added_after", before);
    filters.put("match[type]", "indicator,identity");
    filters.put("match[id]", String.join(",", ids));
    filters.put("limit", "2");
    Answer first = get(COLLECTION + "objects/" + query(filters), "th-amlo", TAXII);
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    first.assertValidFor(TAXII);
    assertThat(first.json().get("more").asBoolean()).isTrue();
    assertThat(first.json().get("objects")).hasSize(2);
    assertThat(first.header("X-TAXII-Date-Added-First")).matches(".*\\.\\d{6}Z");
    assertThat(first.header("X-TAXII-Date-Added-Last")).isNotNull();

    filters.put("next", first.json().get("next").asString());
    Answer second = get(COLLECTION + "objects/" + query(filters), "th-amlo", TAXII);
    assertThat(second.json().get("more").asBoolean()).isFalse();
    assertThat(second.json().has("next")).isFalse();
    List<String> seen = new ArrayList<>();
    first.json().get("objects").forEach(o -> seen.add(o.get("id").asString()));
    second.json().get("objects").forEach(o -> seen.add(o.get("id").asString()));
    assertThat(seen).containsExactlyElementsOf(ids);

    Map<String, String> manifest = new LinkedHashMap<>();
    manifest.put("match[id]", ids.getFirst());
    manifest.put("match[version]", "first,last");
    Answer entries = get(COLLECTION + "manifest/" + query(manifest), "th-amlo", TAXII);
    entries.assertValidFor(TAXII);
    assertThat(entries.json().get("objects").get(0).get("media_type").asString())
        .isEqualTo("application/stix+json;version=2.1");
    assertThat(entries.header("X-TAXII-Date-Added-Last")).isNotNull();

    Answer versions =
        get(COLLECTION + "objects/" + ids.getFirst() + "/versions/", "th-amlo", TAXII);
    versions.assertValidFor(TAXII);
    assertThat(versions.json().get("versions")).hasSize(1);
    assertThat(versions.header("X-TAXII-Date-Added-First")).isNotNull();
  }

  @Test
  void acceptHeaderVariantsAreServedAndOthersAre406() {
    for (String accept :
        List.of(
            TAXII,
            "application/taxii+json",
            "application/taxii+json; version=2.1",
            "application/taxii+json;version=\"2.1\"",
            "application/json;q=0.9, application/taxii+json;version=2.1",
            "*/*")) {
      Answer answer = get(COLLECTION, "th-ccib", accept);
      assertThat(answer.status()).as(accept).isEqualTo(200);
      assertThat(answer.header("Content-Type")).isEqualTo(TAXII);
    }
    for (String accept :
        List.of(
            "application/json",
            "application/xml",
            "application/taxii+json;version=2.0",
            "application/taxii+json;q=0",
            "application/vnd.oasis.taxii+json; version=2.0")) {
      assertRefused(get(COLLECTION, "th-ccib", accept), 406);
    }
  }

  @Test
  void unknownResourcesAre404TaxiiErrorsOnEveryEndpoint() {
    String unknownObject = "indicator--" + UUID.randomUUID();
    for (String path :
        List.of(
            "/taxii2/nowhere/",
            ROOT + "collections/00000000-0000-4000-8000-000000000000/",
            ROOT + "collections/00000000-0000-4000-8000-000000000000/objects/",
            ROOT + "collections/00000000-0000-4000-8000-000000000000/manifest/",
            COLLECTION + "objects/" + unknownObject + "/",
            COLLECTION + "objects/" + unknownObject + "/versions/",
            ROOT + "status/" + UUID.randomUUID() + "/")) {
      assertRefused(get(path, "th-ccib", TAXII), 404);
    }
    assertRefused(
        send(
            request(COLLECTION + "objects/" + unknownObject + "/", "th-ccib")
                .header("Accept", TAXII)
                .DELETE()
                .build()),
        404);
  }

  @Test
  void deleteObjectAnswers200AsTaxiiAndOnlyForAWriterOfTheCollection() {
    String id =
        post(
                "th-ccib",
                TAXII,
                envelope(
                    indicator("indicator--" + UUID.randomUUID(), domain(), "2026-02-02T00:00:00Z")))
            .json()
            .get("successes")
            .get(0)
            .get("message")
            .asString()
            .replace("stored as ", "");
    String object = COLLECTION + "objects/" + id + "/";

    // can_read true and can_write false: 403, whatever the object (TAXII 2.1 section 5.7)
    assertRefused(
        send(request(object, "th-chaophraya-mobile").header("Accept", TAXII).DELETE().build()),
        403);
    assertRefused(
        send(
            request(object + "?match[version]=2026-02-02T00:00:00Z", "th-ccib")
                .header("Accept", TAXII)
                .DELETE()
                .build()),
        400);

    Answer deleted =
        send(
            request(object + "?match[version]=all", "th-ccib")
                .header("Accept", TAXII)
                .DELETE()
                .build());
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    assertThat(deleted.header("Content-Type")).isEqualTo(TAXII);
    Answer all = get(object + "?match[version]=all", "th-ccib", TAXII);
    assertThat(all.json().get("objects").get(1).get("revoked").asBoolean()).isTrue();
  }

  private static void assertRefused(Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).isEqualTo(TAXII);
    JsonNode error = answer.json();
    assertThat(error.get("title").asString()).isNotBlank();
    assertThat(error.get("description").asString()).isNotBlank();
    assertThat(error.get("http_status").asString()).isEqualTo(String.valueOf(status));
  }
}
