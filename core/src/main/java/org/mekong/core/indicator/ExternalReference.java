package org.mekong.core.indicator;

import org.jspecify.annotations.Nullable;
import org.mekong.core.input.FreeText;

/** A pointer to where an indicator came from or is discussed (a case number, a report URL). */
public record ExternalReference(
    String sourceName, @Nullable String url, @Nullable String externalId) {

  public ExternalReference {
    if (sourceName.isBlank() || sourceName.length() > 200) {
      throw new IllegalArgumentException(
          "an external reference needs a source name of 1-200 characters");
    }
    if (url != null && url.length() > 2_000) {
      throw new IllegalArgumentException("an external reference URL is at most 2000 characters");
    }
    if (externalId != null && externalId.length() > 200) {
      throw new IllegalArgumentException("an external id is at most 200 characters");
    }
    FreeText.require("an external reference's source name", sourceName);
    FreeText.require("an external reference's URL", url);
    FreeText.require("an external reference's external id", externalId);
  }
}
