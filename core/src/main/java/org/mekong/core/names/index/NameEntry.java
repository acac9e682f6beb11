package org.mekong.core.names.index;

import java.util.Objects;
import org.mekong.core.names.Schema;

/**
 * One name to index: the caller's number of the entity it names (several names, e.g. aliases, may
 * share one), the entity's schema and the name as written.
 */
public record NameEntry(int entity, Schema schema, String name) {

  public NameEntry {
    if (entity < 0) {
      throw new IllegalArgumentException("entity number %d is negative".formatted(entity));
    }
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
  }
}
