package org.mekong.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.ApiKeySecret;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds a demo node with its agencies and writes {@code credentials.json}. Seeding is idempotent: a
 * restarted demo keeps its agencies and the keys already written, and only issues a key where the
 * file lacks a working one.
 */
public final class DemoSeeder {

  /** The credentials file's name inside the data directory. */
  public static final String CREDENTIALS_FILE = "credentials.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final AgencyDirectory directory;
  private final List<Agency> agencies;

  /** Seeds every demo agency: the single-node demo. */
  public DemoSeeder(AgencyDirectory directory) {
    this(directory, DemoAgencies.ALL);
  }

  /** Seeds these agencies only, e.g. one country's in the three-node demo. */
  public DemoSeeder(AgencyDirectory directory, List<Agency> agencies) {
    this.directory = directory;
    this.agencies = List.copyOf(agencies);
  }

  /** Seeds the node and (re)writes {@code dataDir/credentials.json}. */
  public Credentials seed(Path dataDir, String baseUrl) {
    Credentials credentials = seedAgencies(dataDir, baseUrl);
    writeCredentials(dataDir, credentials);
    return credentials;
  }

  /**
   * Seeds the node's agencies, keeping the keys of {@code dataDir/credentials.json} that still
   * work, without writing the file: the demo writes it with {@link #writeCredentials} once the node
   * is ready.
   */
  public Credentials seedAgencies(Path dataDir, String baseUrl) {
    Path file = dataDir.resolve(CREDENTIALS_FILE);
    Credentials previous = read(file);
    Map<String, String> keysByAgency = new HashMap<>();
    if (previous != null) {
      previous.agencies().forEach(entry -> keysByAgency.put(entry.id(), entry.apiKey()));
    }
    List<Credentials.Entry> entries = new ArrayList<>();
    for (Agency agency : agencies) {
      String id = agency.id().value();
      if (directory.find(id).isEmpty()) {
        directory.create(agency);
      }
      String key = keysByAgency.get(id);
      if (key == null || !authenticatesAs(key, id)) {
        key = directory.issueKey(id, "demo").secret().value();
      }
      entries.add(
          new Credentials.Entry(
              id, agency.name(), agency.country().value(), agency.kind().code(), key, id, key));
    }
    String adminKey = previous == null ? null : previous.adminApiKey();
    if (adminKey == null || !authenticatesAs(adminKey, null)) {
      adminKey = directory.issueAdminKey("demo").secret().value();
    }
    return new Credentials(baseUrl, adminKey, entries);
  }

  /**
   * Writes {@code dataDir/credentials.json} atomically (a temporary file moved over it), readable
   * by its owner only: a reader finds the whole file or none.
   */
  public static void writeCredentials(Path dataDir, Credentials credentials) {
    write(dataDir.resolve(CREDENTIALS_FILE), credentials);
  }

  private boolean authenticatesAs(String key, @Nullable String agencyId) {
    if (!ApiKeySecret.hasKeyShape(key)) {
      return false;
    }
    var caller = directory.authenticate(new ApiKeySecret(key));
    if (caller.isEmpty()) {
      return false;
    }
    Agency agency = caller.get().agency();
    return agencyId == null
        ? agency == null
        : agency != null && agency.id().value().equals(agencyId);
  }

  private static @Nullable Credentials read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return JSON.readValue(file.toFile(), Credentials.class);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void write(Path file, Credentials credentials) {
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(CREDENTIALS_FILE + ".tmp");
      Files.writeString(
          temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(credentials));
      if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      }
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
