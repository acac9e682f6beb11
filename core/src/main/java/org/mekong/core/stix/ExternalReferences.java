package org.mekong.core.stix;

import java.util.ArrayList;
import java.util.List;
import org.mekong.core.indicator.ExternalReference;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.input.FreeText;
import tools.jackson.databind.JsonNode;

/** Reads STIX external references; those Mekong cannot keep are left out with a note. */
final class ExternalReferences {

  private ExternalReferences() {}

  static List<ExternalReference> read(JsonNode array, List<String> notes) {
    List<ExternalReference> references = new ArrayList<>();
    if (array.isMissingNode()) {
      return references;
    }
    if (!array.isArray()) {
      notes.add("external_references is not a list: left out");
      return references;
    }
    int index = 0;
    for (JsonNode entry : array.values()) {
      index++;
      String source = Stix.text(entry, "source_name").orElse("");
      String url = Stix.text(entry, "url").orElse(null);
      String externalId = Stix.text(entry, "external_id").orElse(null);
      if (references.size() == Indicator.MAX_REFERENCES) {
        notes.add("external references after the first " + Indicator.MAX_REFERENCES + " left out");
        break;
      }
      if (source.isBlank()
          || source.length() > 200
          || (url != null && url.length() > 2_000)
          || (externalId != null && externalId.length() > 200)) {
        notes.add("external reference " + index + " left out: no source_name, or too long");
        continue;
      }
      if (!FreeText.isClean(source) || !FreeText.isClean(url) || !FreeText.isClean(externalId)) {
        notes.add("external reference " + index + " left out: it holds control characters");
        continue;
      }
      references.add(new ExternalReference(source, url, externalId));
    }
    return references;
  }
}
