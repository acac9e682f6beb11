package org.mekong.core.stix;

import java.nio.file.Path;
import org.mekong.core.SharedData;

/** Finds the OASIS STIX 2.1 schemas and examples in {@code shared/}, next to the repository. */
final class SharedSpec {

  private SharedSpec() {}

  /** {@code shared/spec/stix2-json-schemas/<relative>}, or skips the test when it is absent. */
  static Path require(String relative) {
    return SharedData.require("spec/stix2-json-schemas/" + relative);
  }
}
