package org.mekong.core.names;

import java.util.Arrays;
import java.util.Optional;

/** What a name names: a person, an organisation of some kind, or a vessel. */
public enum Schema {
  PERSON("Person"),
  COMPANY("Company"),
  ORGANIZATION("Organization"),
  LEGAL_ENTITY("LegalEntity"),
  VESSEL("Vessel");

  private final String label;

  Schema(String label) {
    this.label = label;
  }

  /** The FollowTheMoney name of the schema, e.g. {@code LegalEntity}. */
  public String label() {
    return label;
  }

  /** Whether company forms (Ltd, GmbH, 有限公司, บริษัท … จำกัด) are recognised in its names. */
  boolean hasCompanyForms() {
    return this != PERSON;
  }

  /** The schema of a FollowTheMoney name, exactly as spelled ({@code Person}, {@code Company}…). */
  public static Optional<Schema> of(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }

  /** The labels, comma-separated, for messages. */
  public static String labels() {
    return String.join(", ", Arrays.stream(values()).map(Schema::label).toList());
  }
}
