package org.mekong.server.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** Admin commands for the agencies of a node, through its admin API. */
@Command(
    name = "agency",
    mixinStandardHelpOptions = true,
    description = "Manage a node's agencies (needs the node's admin API key).",
    subcommands = {AgencyCommand.Create.class, AgencyCommand.ListAgencies.class})
final class AgencyCommand implements Runnable {

  @Override
  public void run() {
    System.err.println("agency: name a subcommand, e.g. 'mekong agency list'");
  }

  /** Adds an agency. */
  @Command(name = "create", mixinStandardHelpOptions = true, description = "Add an agency.")
  static final class Create implements Runnable {
    @Mixin NodeClient node = new NodeClient();

    @Option(names = "--id", required = true, description = "e.g. th-ccib")
    String id = "";

    @Option(names = "--name", required = true, description = "the agency's full name")
    String name = "";

    @Option(names = "--country", required = true, description = "ISO 3166-1 alpha-2, e.g. TH")
    String country = "";

    @Option(
        names = "--kind",
        required = true,
        description =
            "law-enforcement, immigration, consular, financial-intelligence or screening-client")
    String kind = "";

    @Override
    public void run() {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("id", id);
      body.put("name", name);
      body.put("country", country);
      body.put("kind", kind);
      System.out.println(
          node.post(
              "/api/v1/admin/agencies", JsonMapper.builder().build().writeValueAsString(body)));
    }
  }

  /** Lists agencies. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the agencies.")
  static final class ListAgencies implements Runnable {
    @Mixin NodeClient node = new NodeClient();

    @Override
    public void run() {
      System.out.println(node.get("/api/v1/agencies"));
    }
  }
}
