package org.mekong.server.cli;

import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Admin commands for API keys, through the node's admin API. */
@Command(
    name = "key",
    mixinStandardHelpOptions = true,
    description = "Issue, revoke and rotate API keys (needs the node's admin API key).",
    subcommands = {KeyCommand.Issue.class, KeyCommand.Revoke.class, KeyCommand.Rotate.class})
final class KeyCommand implements Runnable {

  @Override
  public void run() {
    System.err.println("key: name a subcommand, e.g. 'mekong key issue --agency th-ccib'");
  }

  /** Issues a key for an agency; the key is printed once. */
  @Command(
      name = "issue",
      mixinStandardHelpOptions = true,
      description = "Issue a new key for an agency; it is shown once.")
  static final class Issue implements Runnable {
    @Mixin NodeClient node = new NodeClient();

    @Option(names = "--agency", required = true, description = "the agency id")
    String agency = "";

    @Override
    public void run() {
      System.out.println(node.post("/api/v1/admin/agencies/" + agency + "/keys", "{}"));
    }
  }

  /** Revokes a key at once. */
  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key at once.")
  static final class Revoke implements Runnable {
    @Mixin NodeClient node = new NodeClient();

    @Parameters(paramLabel = "KEY_ID", description = "the key's id (from whoami or issue)")
    UUID keyId = new UUID(0, 0);

    @Override
    public void run() {
      node.post("/api/v1/admin/keys/" + keyId + "/revoke", "");
      System.out.println("revoked " + keyId);
    }
  }

  /** Replaces a key by a new one. */
  @Command(
      name = "rotate",
      mixinStandardHelpOptions = true,
      description = "Issue a new key for the same holder and revoke the old one.")
  static final class Rotate implements Runnable {
    @Mixin NodeClient node = new NodeClient();

    @Parameters(paramLabel = "KEY_ID", description = "the key's id")
    UUID keyId = new UUID(0, 0);

    @Override
    public void run() {
      System.out.println(node.post("/api/v1/admin/keys/" + keyId + "/rotate", ""));
    }
  }
}
