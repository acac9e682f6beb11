package org.mekong.server.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.server.MekongNode;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.config.TlsSettings;
import org.mekong.server.support.Http;
import org.mekong.server.support.TestNodes;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes that serve HTTPS and accept only clients with a trusted certificate pull from each
 * other over mutual TLS; a client whose certificate they do not trust gets no connection, and a
 * partner that presents none fails with the machine-readable code {@code tls}.
 */
class MutualTlsFederationTest {

  private static final String PASSWORD = "changeit";

  private static Path certificates;
  private static Path cnDir;
  private static Path thDir;
  private static MekongNode cn;
  private static MekongNode th;
  private static Http cnHttp;
  private static Http thHttp;
  private static String cnAdmin;
  private static String thAdmin;

  @BeforeAll
  static void startTwoHttpsNodes() {
    certificates = TestNodes.newDataDir();
    keytool("-genkeypair", "-alias", "cn", "-keystore", "cn.p12", "-dname", "CN=localhost");
    keytool("-genkeypair", "-alias", "th", "-keystore", "th.p12", "-dname", "CN=localhost");
    keytool("-genkeypair", "-alias", "x", "-keystore", "stranger.p12", "-dname", "CN=localhost");
    for (String node : List.of("cn", "th")) {
      keytool("-exportcert", "-alias", node, "-keystore", node + ".p12", "-file", node + ".cer");
      keytool(
          "-importcert",
          "-noprompt",
          "-alias",
          node,
          "-file",
          node + ".cer",
          "-keystore",
          "trust.p12");
    }
    cnDir = TestNodes.newDataDir();
    thDir = TestNodes.newDataDir();
    cn = TestNodes.start(cnDir, tls("cn"));
    th = TestNodes.start(thDir, tls("th"));
    cnHttp = new Http(cn.baseUrl(), settings("cn").sslContext());
    thHttp = new Http(th.baseUrl(), settings("th").sslContext());
    cnAdmin = cn.bean(AgencyDirectory.class).issueAdminKey("test").secret().value();
    thAdmin = th.bean(AgencyDirectory.class).issueAdminKey("test").secret().value();
  }

  @AfterAll
  static void stopNodes() {
    for (MekongNode node : new MekongNode[] {cn, th}) {
      if (node != null) {
        node.close();
      }
    }
    for (Path dir : new Path[] {cnDir, thDir, certificates}) {
      if (dir != null) {
        TestNodes.deleteRecursively(dir);
      }
    }
  }

  @Test
  void partnersPullOverMutualTls() {
    assertThat(cn.baseUrl()).startsWith("https://");
    AgencyDirectory atCn = cn.bean(AgencyDirectory.class);
    AgencyDirectory atTh = th.bean(AgencyDirectory.class);
    atCn.create(agency("cn-mps-afc", "CN"));
    atTh.create(agency("th-ccib", "TH"));
    atCn.create(agency("th-ccib", "TH"), "th");
    atTh.create(agency("cn-mps-afc", "CN"), "cn");
    String publisher = atCn.issueKey("cn-mps-afc", "test").secret().value();
    String thAtCn = atCn.issueKey("th-ccib", "federation").secret().value();
    Http.Response published =
        cnHttp.post(
            "/api/v1/indicators",
            publisher,
            "{\"type\":\"phone\",\"value\":\"+66 2 555 7001\","
                + "\"categories\":[\"fraud.investment\"],\"confidence\":70,\"tlp\":\"green\"}");
    assertThat(published.status()).as(published.body()).isEqualTo(201);
    String id = published.json().get("indicator").get("id").asString();

    Http.Response partner =
        put(
            thHttp,
            "/api/v1/admin/federation/partners/cn",
            thAdmin,
            "{\"url\":\""
                + cn.baseUrl()
                + "\",\"credentials\":{\"th-ccib\":\""
                + thAtCn
                + "\"},\"pollSeconds\":1}");
    assertThat(partner.status()).as(partner.body()).isEqualTo(201);
    String reader = atTh.issueKey("th-ccib", "test").secret().value();
    FederationNodes.await(
        "the indicator to arrive over mutual TLS",
        Duration.ofSeconds(30),
        () -> thHttp.get("/api/v1/indicators/" + id, reader).status() == 200 ? true : null);
    JsonNode state = partnerState(thHttp, thAdmin, "cn");
    assertThat(state.get("state").asString()).isEqualTo("up");
  }

  @Test
  void aClientWithoutATrustedCertificateGetsNoConnection() {
    Http stranger = new Http(cn.baseUrl(), stranger().sslContext());
    assertThatThrownBy(() -> stranger.get("/actuator/health", null))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aPartnerWithoutTheNodesCertificateFailsWithTheCodeTls() {
    MekongNode plain = TestNodes.start(TestNodes.newDataDir(), Map.of());
    try {
      AgencyDirectory directory = plain.bean(AgencyDirectory.class);
      directory.create(agency("th-ccib", "TH"));
      String admin = directory.issueAdminKey("test").secret().value();
      Http http = new Http(plain.baseUrl());
      Http.Response partner =
          put(
              http,
              "/api/v1/admin/federation/partners/cn",
              admin,
              "{\"url\":\""
                  + cn.baseUrl()
                  + "\",\"credentials\":{\"th-ccib\":\"mk_unused\"},\"pollSeconds\":1}");
      assertThat(partner.status()).as(partner.body()).isEqualTo(201);
      JsonNode error =
          FederationNodes.await(
              "the pull to fail",
              Duration.ofSeconds(30),
              () -> {
                JsonNode state = partnerState(http, admin, "cn");
                return state.get("lastError").isNull() ? null : state.get("lastError");
              });
      assertThat(error.get("code").asString()).isEqualTo("tls");
    } finally {
      plain.close();
    }
  }

  private static JsonNode partnerState(Http http, String admin, String name) {
    Http.Response response = http.get("/api/v1/federation/partners", admin);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    for (JsonNode partner : response.json().get("partners")) {
      if (partner.get("name").asString().equals(name)) {
        return partner;
      }
    }
    throw new AssertionError("no partner " + name + " in " + response.body());
  }

  private static Http.Response put(Http http, String path, String key, String json) {
    return http.send(
        http.request(path, key)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static Agency agency(String id, String country) {
    return new Agency(new AgencyId(id), id, new CountryCode(country), AgencyKind.LAW_ENFORCEMENT);
  }

  private static Map<String, String> tls(String node) {
    return Map.of(
        "tls.key-store",
        certificates.resolve(node + ".p12").toString(),
        "tls.key-store-password",
        PASSWORD,
        "tls.trust-store",
        certificates.resolve("trust.p12").toString(),
        "tls.trust-store-password",
        PASSWORD,
        "tls.client-auth",
        "need");
  }

  private static TlsSettings settings(String node) {
    return new TlsSettings(
        certificates.resolve(node + ".p12"),
        PASSWORD,
        certificates.resolve("trust.p12"),
        PASSWORD,
        TlsSettings.ClientAuth.NEED);
  }

  private static TlsSettings stranger() {
    return new TlsSettings(
        certificates.resolve("stranger.p12"),
        PASSWORD,
        certificates.resolve("trust.p12"),
        PASSWORD,
        TlsSettings.ClientAuth.NEED);
  }

  /** Runs the JDK's keytool in the certificates directory with the common options. */
  private static void keytool(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
    if (args[0].equals("-genkeypair")) {
      command.addAll(
          List.of(
              "-keyalg",
              "EC",
              "-groupname",
              "secp256r1",
              "-validity",
              "2",
              "-keypass",
              PASSWORD,
              "-ext",
              "SAN=dns:localhost,ip:127.0.0.1"));
    }
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(certificates.toFile())
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException("keytool failed: " + command + "\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
