package org.mekong.core.stix;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The OASIS STIX 2.1 JSON schemas (and the interoperability profile) from {@code shared/}, with
 * their {@code $id} base mapped to the local folder so that {@code $ref}s between files resolve
 * without a network. Any other IRI is refused rather than fetched.
 */
final class StixSchemas {

  /** Where the OASIS repository's files claim to live; {@code schemas/} and {@code interop/}. */
  static final String BASE =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/";

  private final SchemaRegistry registry;

  private StixSchemas(Path folder) {
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaLoader(loader -> loader.fetchRemoteResources(false))
                    .schemas(iri -> local(folder, iri)));
  }

  /**
   * Where the test schemas of Mekong's custom observables claim to live ({@code
   * observables/<type>.json}); they are test resources.
   */
  static final String MEKONG_BASE = "http://mekong.invalid/stix/schemas/";

  /** The text of the local copy of the schema at {@code iri}. */
  private static @Nullable String local(Path folder, String iri) {
    if (iri.startsWith(MEKONG_BASE)) {
      String name = "schemas/" + iri.substring(MEKONG_BASE.length());
      try (InputStream in = StixSchemas.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("no test schema " + name);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!iri.startsWith(BASE)) {
      if (iri.startsWith("https://json-schema.org/")) {
        return null; // the meta-schemas, which the validator ships
      }
      throw new IllegalStateException("a schema refers outside the local copy: " + iri);
    }
    Path file = folder.resolve(iri.substring(BASE.length())).normalize();
    if (!file.startsWith(folder)) {
      throw new IllegalStateException("a schema refers outside the local copy: " + iri);
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schemas, or skips the test when {@code shared/} is absent. */
  static StixSchemas load() {
    return new StixSchemas(SharedSpec.require("").toAbsolutePath().normalize());
  }

  /**
   * The errors of {@code node} against the schema at {@code relative}, e.g. {@code
   * schemas/sdos/indicator.json} or {@code interop/indicator.json}.
   */
  List<String> errors(String relative, JsonNode node) {
    return errorsAt(BASE + relative, node);
  }

  /** The errors of {@code node} against the test schema of a custom observable type. */
  List<String> customObservableErrors(String stixType, JsonNode node) {
    return errorsAt(MEKONG_BASE + "observables/" + stixType + ".json", node);
  }

  /** The errors of {@code node} against the schema of a legal type, e.g. {@code mekong-notice}. */
  List<String> legalErrors(String stixType, JsonNode node) {
    return errorsAt(MEKONG_BASE + "sdos/" + stixType + ".json", node);
  }

  private List<String> errorsAt(String iri, JsonNode node) {
    Schema schema = registry.getSchema(SchemaLocation.of(iri));
    return schema.validate(node).stream().map(Error::toString).toList();
  }
}
