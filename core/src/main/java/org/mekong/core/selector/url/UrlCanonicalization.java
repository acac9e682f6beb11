package org.mekong.core.selector.url;

/** The outcome of canonicalising a raw URL: a canonical URL or a rejection with its reason. */
public sealed interface UrlCanonicalization permits CanonicalUrl, UrlCanonicalization.Rejected {

  /** A raw URL that cannot be canonicalised, with a reason a user can act on. */
  record Rejected(String reason) implements UrlCanonicalization {
    public Rejected {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("a rejection needs a reason");
      }
    }
  }
}
