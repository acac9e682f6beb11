package org.mekong.server.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyKind;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.ApiKeySecret;
import org.mekong.server.console.ConsoleAccounts;
import org.mekong.server.console.Role;
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
  private final ConsoleAccounts accounts;
  private final List<Agency> agencies;

  /** Seeds every demo agency: the single-node demo. */
  public DemoSeeder(AgencyDirectory directory, ConsoleAccounts accounts) {
    this(directory, accounts, DemoAgencies.ALL);
  }

  /** Seeds these agencies only, e.g. one country's in the three-node demo. */
  public DemoSeeder(AgencyDirectory directory, ConsoleAccounts accounts, List<Agency> agencies) {
    this.directory = directory;
    this.accounts = accounts;
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
    return new Credentials(baseUrl, adminKey, entries, seedUsers(previous));
  }

  /** The roles the demo gives people of an agency of this kind. */
  static List<Role> roles(AgencyKind kind) {
    return switch (kind) {
      case LAW_ENFORCEMENT, FINANCIAL_INTELLIGENCE -> List.of(Role.ANALYST, Role.SUPERVISOR);
      case IMMIGRATION -> List.of(Role.BORDER_OFFICER, Role.SUPERVISOR);
      case CONSULAR -> List.of(Role.ANALYST);
      case SCREENING_CLIENT -> List.of(Role.SCREENING_OPERATOR, Role.SUPERVISOR);
    };
  }

  /**
   * One console account per agency and role ({@code <agency>.<role>}), and a node admin in the
   * first agency; accounts of the previous file that still hold are kept as they are.
   */
  private List<Credentials.User> seedUsers(@Nullable Credentials previous) {
    Map<String, Credentials.User> kept = new HashMap<>();
    if (previous != null) {
      previous.users().forEach(user -> kept.put(user.username(), user));
    }
    List<Credentials.User> users = new ArrayList<>();
    for (Agency agency : agencies) {
      List<Role> roles = new ArrayList<>(roles(agency.kind()));
      if (agency.equals(agencies.getFirst())) {
        roles.add(Role.NODE_ADMIN);
      }
      for (Role role : roles) {
        String username = agency.id().value() + "." + role.code();
        Credentials.User old = kept.get(username);
        if (old != null
            && accounts.holds(
                new ConsoleAccounts.Issued(
                    old.agency(), old.username(), old.password(), role, old.totpSecret()))) {
          users.add(old);
          continue;
        }
        ConsoleAccounts.Issued issued = accounts.issue(agency.id(), username, role);
        users.add(
            new Credentials.User(
                issued.agency(),
                issued.username(),
                issued.password(),
                role.code(),
                issued.totpSecret()));
      }
    }
    return users;
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
    SecretFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(credentials));
  }
}
