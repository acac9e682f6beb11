package org.mekong.server;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.mekong.server.config.DatabaseSettings;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.config.TlsSettings;
import org.mekong.server.database.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A running node: its database (embedded or external) and its web application, started and stopped
 * together, the application first on the way down so no write is cut off.
 */
public final class MekongNode implements AutoCloseable {

  private final NodeConfig config;
  private final @Nullable EmbeddedDatabase embedded;
  private final ConfigurableApplicationContext context;
  private boolean closed;

  private MekongNode(
      NodeConfig config,
      @Nullable EmbeddedDatabase embedded,
      ConfigurableApplicationContext context) {
    this.config = config;
    this.embedded = embedded;
    this.context = context;
  }

  /**
   * The Spring property that keeps the node's readiness at {@code REFUSING_TRAFFIC} after start-up
   * until {@link #markReady()}, for a node that is seeded after it starts.
   */
  public static final String HOLD_READINESS = StartupReadiness.HOLD_PROPERTY;

  private static final Logger LOG = LoggerFactory.getLogger(MekongNode.class);

  /** Starts a node with default settings; see {@link #start(NodeConfig, Map)}. */
  public static MekongNode start(NodeConfig config) {
    return start(config, Map.of());
  }

  /**
   * Starts a node, with extra Spring properties on top of those derived from the configuration; on
   * failure, whatever was started is stopped again. What start-up repairs after a crash is logged.
   */
  public static MekongNode start(NodeConfig config, Map<String, Object> extraProperties) {
    return start(config, extraProperties, LOG::warn);
  }

  /**
   * Starts a node like {@link #start(NodeConfig, Map)}; {@code notices} hears in one line what
   * start-up found and repaired after a crash (e.g. a PostgreSQL left running).
   */
  public static MekongNode start(
      NodeConfig config, Map<String, Object> extraProperties, Consumer<String> notices) {
    EmbeddedDatabase embedded = null;
    try {
      String jdbcUrl;
      String user;
      String password;
      switch (config.database()) {
        case DatabaseSettings.Embedded e -> {
          embedded = EmbeddedDatabase.start(e.dataDir(), notices);
          jdbcUrl = embedded.jdbcUrl();
          user = embedded.user();
          password = "";
        }
        case DatabaseSettings.External x -> {
          jdbcUrl = x.jdbcUrl();
          user = x.user();
          password = x.password();
        }
      }
      Map<String, Object> properties = new HashMap<>();
      properties.put("server.port", config.port());
      properties.put("server.address", config.bindAddress());
      properties.put("spring.datasource.url", jdbcUrl);
      properties.put("spring.datasource.username", user);
      properties.put("spring.datasource.password", password);
      // a form's file (the console's bulk import) is capped like the API's import; the request
      // size filter holds every other form to the request limit by its declared length
      properties.put("spring.servlet.multipart.max-file-size", config.maxImportBytes());
      properties.put("spring.servlet.multipart.max-request-size", config.maxImportBytes());
      TlsSettings tls = config.tls();
      if (tls != null) {
        properties.put("server.ssl.enabled", true);
        properties.put("server.servlet.session.cookie.secure", true);
        properties.put("server.ssl.key-store", tls.keyStore().toUri().toString());
        properties.put("server.ssl.key-store-type", "PKCS12");
        properties.put("server.ssl.key-store-password", tls.keyStorePassword());
        properties.put("server.ssl.trust-store", tls.trustStore().toUri().toString());
        properties.put("server.ssl.trust-store-type", "PKCS12");
        properties.put("server.ssl.trust-store-password", tls.trustStorePassword());
        properties.put("server.ssl.client-auth", tls.clientAuth().code());
      }
      properties.putAll(extraProperties);
      SpringApplication application = new SpringApplication(MekongApplication.class);
      application.setRegisterShutdownHook(false);
      application.setBannerMode(Banner.Mode.OFF);
      application.setDefaultProperties(properties);
      application.addInitializers(
          context -> context.getBeanFactory().registerSingleton("nodeConfig", config));
      ConfigurableApplicationContext context = application.run();
      return new MekongNode(config, embedded, context);
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /** The port the node serves HTTP on. */
  public int port() {
    var webServer = ((WebServerApplicationContext) context).getWebServer();
    if (webServer == null) {
      throw new IllegalStateException("the node has no web server");
    }
    return webServer.getPort();
  }

  /** The node's base URL, e.g. {@code http://localhost:8080}. */
  public String baseUrl() {
    String host = config.bindAddress();
    if (host.equals("127.0.0.1") || host.equals("0.0.0.0") || host.equals("::")) {
      host = "localhost";
    }
    return (config.tls() == null ? "http://" : "https://") + host + ":" + port();
  }

  /** The configuration the node runs with. */
  public NodeConfig config() {
    return config;
  }

  /** A bean of the running application, for the command line and tests. */
  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /**
   * Reports the node ready ({@code /actuator/health/readiness} UP) once whatever was held back by
   * {@link #HOLD_READINESS} is done, e.g. the demo's seeding; a no-op for a node not held.
   */
  public void markReady() {
    context.getBean(StartupReadiness.class).release(context);
  }

  /** Stops the web application gracefully, then the embedded database. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      context.close();
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }
}
