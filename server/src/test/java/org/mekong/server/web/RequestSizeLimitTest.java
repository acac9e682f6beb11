package org.mekong.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import org.mekong.server.support.TestNodes.SeededNode;

class RequestSizeLimitTest {

  private final SeededNode seeded = TestNodes.shared();
  private final Http http = seeded.http();

  private static String bodyOf(int bytes) {
    return "{\"label\":\"" + "x".repeat(bytes) + "\"}";
  }

  @Test
  void aDeclaredBodyOverTheCapGets413() {
    Http.Response response =
        http.post("/api/v1/admin/agencies/th-ccib/keys", seeded.adminKey(), bodyOf(100_000));
    assertThat(response.status()).isEqualTo(413);
    assertThat(response.contentType()).startsWith("application/problem+json");
  }

  @Test
  void aStreamedBodyOverTheCapGets413() {
    byte[] chunk = bodyOf(100_000).getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        http.request("/api/v1/admin/agencies/th-ccib/keys", seeded.adminKey())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(chunk)))
            .build();
    Http.Response response = http.send(request);
    assertThat(response.status()).isEqualTo(413);
  }

  @Test
  void aBodyUnderTheCapIsServed() {
    Http.Response response =
        http.post("/api/v1/admin/agencies/th-ccib/keys", seeded.adminKey(), "{\"label\":\"ok\"}");
    assertThat(response.status()).isEqualTo(201);
  }
}
