package org.mekong.core.stix;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The OASIS STIX 2.1 JSON schemas from {@code shared/}, with their {@code $id} base mapped to the
 * local folder so that {@code $ref}s between files resolve without a network.
 */
final class StixSchemas {

  static final String BASE =
      "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";

  private final SchemaRegistry registry;

  private StixSchemas(Path folder) {
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(iri -> local(folder, iri)));
  }

  /** The text of the local copy of the schema at {@code iri}; {@code null} for other IRIs. */
  private static @Nullable String local(Path folder, String iri) {
    if (!iri.startsWith(BASE)) {
      return null;
    }
    try {
      return Files.readString(folder.resolve(iri.substring(BASE.length())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schemas, or skips the test when {@code shared/} is absent. */
  static StixSchemas load() {
    return new StixSchemas(SharedSpec.require("schemas"));
  }

  /**
   * The errors of {@code node} against the schema at {@code relative}, e.g. sdos/indicator.json.
   */
  List<String> errors(String relative, JsonNode node) {
    Schema schema = registry.getSchema(SchemaLocation.of(BASE + relative));
    return schema.validate(node).stream().map(Error::toString).toList();
  }
}
