package org.mekong.core.requests;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;

/** A document attached to an answer: a title and its text, or a link to it, or both. */
public record Document(String title, @Nullable String text, @Nullable URI url) {

  public Document {
    title = Checks.text("title", title, 300);
    if (text != null) {
      text = Checks.text("text", text, Checks.MAX_TEXT);
    }
    if (text == null && url == null) {
      throw new InvalidInputException("text", "or url is required");
    }
    if (url != null
        && (!url.isAbsolute()
            || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
            || url.getHost() == null)) {
      throw new InvalidInputException("url", "must be an absolute http or https URL");
    }
  }
}
