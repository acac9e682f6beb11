package org.mekong.server.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The node's TLS identity and the certificates it trusts (PKCS#12 files), used both ways: to serve
 * HTTPS, asking clients for a certificate as {@link #clientAuth} says, and to present the node's
 * certificate when it pulls from a partner over {@code https} — mutual TLS between nodes.
 *
 * @param keyStore the node's private key and certificate chain
 * @param keyStorePassword its password
 * @param trustStore the certificates (or authorities) of partners and clients the node trusts
 * @param trustStorePassword its password
 * @param clientAuth whether a client of this node must present a trusted certificate
 */
public record TlsSettings(
    Path keyStore,
    String keyStorePassword,
    Path trustStore,
    String trustStorePassword,
    ClientAuth clientAuth) {

  /** Whether the node asks its HTTPS clients for a certificate. */
  public enum ClientAuth {
    /** No client certificate asked for. */
    NONE,
    /** A certificate is asked for and checked when given; API keys alone still work. */
    WANT,
    /** No connection without a trusted client certificate: every client, partners included. */
    NEED;

    /** The setting's spelling: none, want, need. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public TlsSettings {
    requireReadable(ConfigKeys.TLS_KEY_STORE, keyStore);
    requireReadable(ConfigKeys.TLS_TRUST_STORE, trustStore);
    load(ConfigKeys.TLS_KEY_STORE, keyStore, keyStorePassword);
    load(ConfigKeys.TLS_TRUST_STORE, trustStore, trustStorePassword);
  }

  /** An SSL context presenting the node's certificate and trusting the trust store's. */
  public SSLContext sslContext() {
    try {
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(
          load(ConfigKeys.TLS_KEY_STORE, keyStore, keyStorePassword),
          keyStorePassword.toCharArray());
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(load(ConfigKeys.TLS_TRUST_STORE, trustStore, trustStorePassword));
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new InvalidConfigurationException(
          ConfigKeys.TLS_KEY_STORE, "cannot be used for TLS: " + e.getMessage());
    }
  }

  private static void requireReadable(String key, Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new InvalidConfigurationException(key, "no readable file " + file);
    }
  }

  private static KeyStore load(String key, Path file, String password) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new InvalidConfigurationException(
          key, "cannot read " + file + " as PKCS#12 with its password: " + e.getMessage());
    }
  }
}
