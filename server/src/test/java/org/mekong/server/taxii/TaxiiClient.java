package org.mekong.server.taxii;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes.SeededNode;
import tools.jackson.databind.JsonNode;

/** TAXII requests against a test node, as one agency. */
final class TaxiiClient {

  static final String TAXII = "application/taxii+json;version=2.1";
  static final String STIX = "application/stix+json;version=2.1";
  static final String ROOT = "/taxii2/mekong/";
  static final String COLLECTION = ROOT + "collections/7d4e5a4c-3f0b-4a55-9a1e-6f2b8c0d9e11/";

  private final SeededNode seeded;
  private final Http http;

  TaxiiClient(SeededNode seeded) {
    this.seeded = seeded;
    this.http = seeded.http();
  }

  Http http() {
    return http;
  }

  /** A GET with the TAXII Accept header, as {@code agency}; null for no credentials. */
  Http.Response get(String path, @Nullable String agency) {
    HttpRequest.Builder request =
        http.request(path, agency == null ? null : seeded.keyOf(agency)).header("Accept", TAXII);
    return http.send(request.GET().build());
  }

  /** A GET that must answer 200 as a TAXII resource. */
  JsonNode ok(String path, String agency) {
    Http.Response response = get(path, agency);
    assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo(TAXII);
    return response.json();
  }

  /** The response headers of a TAXII GET. */
  java.net.http.HttpHeaders headers(String path, String agency) {
    try {
      return java.net.http.HttpClient.newHttpClient()
          .send(
              http.request(path, seeded.keyOf(agency)).header("Accept", TAXII).GET().build(),
              java.net.http.HttpResponse.BodyHandlers.discarding())
          .headers();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Http.Response basic(String path, String user, String key) {
    String credential =
        Base64.getEncoder().encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8));
    return http.send(
        http.request(path, null)
            .header("Accept", TAXII)
            .header("Authorization", "Basic " + credential)
            .GET()
            .build());
  }

  Http.Response post(String path, String agency, String contentType, String body) {
    return http.send(
        http.request(path, seeded.keyOf(agency))
            .header("Accept", TAXII)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  Http.Response delete(String path, String agency) {
    return http.send(
        http.request(path, seeded.keyOf(agency)).header("Accept", TAXII).DELETE().build());
  }

  /** Publishes an indicator through the REST API and returns its id. */
  String publish(String agency, String json) {
    Http.Response published = http.post("/api/v1/indicators", seeded.keyOf(agency), json);
    assertThat(published.status()).as(published.body()).isIn(200, 201);
    return published.json().get("indicator").get("id").asString();
  }

  /** Adds an agreement through the admin API (again is fine). */
  void agreement(String from, String to, String category) {
    Http.Response response =
        http.post(
            "/api/v1/admin/agreements",
            seeded.adminKey(),
            "{\"from\":\""
                + from
                + "\",\"to\":\""
                + to
                + "\",\"categories\":[\""
                + category
                + "\"]}");
    assertThat(response.status()).as(response.body()).isIn(200, 201, 409);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** Adds {@code objects} in a TAXII envelope, as {@code agency}; the status resource (202). */
  JsonNode addObjects(String agency, String... objects) {
    Http.Response added =
        post(
            COLLECTION + "objects/",
            agency,
            TAXII,
            "{\"objects\":[" + String.join(",", objects) + "]}");
    assertThat(added.status()).as(added.body()).isEqualTo(202);
    return added.json();
  }

  /** Imports {@code objects} as a STIX bundle through the REST import, as {@code agency}. */
  JsonNode importStix(String agency, String... objects) {
    String bundle =
        "{\"type\":\"bundle\",\"id\":\"bundle--"
            + java.util.UUID.randomUUID()
            + "\",\"objects\":["
            + String.join(",", objects)
            + "]}";
    Http.Response report =
        http.send(
            http.request("/api/v1/indicators:import?format=stix", seeded.keyOf(agency))
                .POST(HttpRequest.BodyPublishers.ofString(bundle))
                .build());
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    return report.json();
  }
}
