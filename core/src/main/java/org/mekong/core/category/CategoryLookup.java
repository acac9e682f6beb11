package org.mekong.core.category;

import java.util.List;

/** The outcome of looking a category up by its code. */
public sealed interface CategoryLookup permits CategoryLookup.Found, CategoryLookup.Unknown {

  /** The code names this category. */
  record Found(Category category) implements CategoryLookup {}

  /** No category has this code; these are the codes there are. */
  record Unknown(String code, List<String> validCodes) implements CategoryLookup {
    public Unknown {
      validCodes = List.copyOf(validCodes);
    }

    /** A message for the submitter, e.g. for an API problem detail. */
    public String message() {
      return "unknown category '" + code + "'; valid categories: " + String.join(", ", validCodes);
    }
  }
}
