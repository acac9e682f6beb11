package org.mekong.core.input;

import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * What a JSON parser's failure means to the person who sent the document: the first sentence of the
 * parser's message and where it happened, without class names, settings or library jargon.
 */
public final class JsonErrors {

  private JsonErrors() {}

  /** A user-facing description of why the document is not readable JSON. */
  public static String describe(JacksonException e) {
    String message = String.valueOf(e.getOriginalMessage());
    String what;
    if (e instanceof StreamConstraintsException) {
      String lower = message.toLowerCase(Locale.ROOT);
      what =
          lower.contains("nesting depth")
              ? "it is nested too deeply"
              : lower.contains("number")
                  ? "a number in it is too long"
                  : lower.contains("name")
                      ? "a property name in it is too long"
                      : lower.contains("string") ? "a string in it is too long" : "it is too large";
    } else {
      what = firstSentence(message);
    }
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      return what + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return what;
  }

  /** The parser's message up to where it starts naming its own settings or sources. */
  private static String firstSentence(String message) {
    int end = message.length();
    for (String marker : new String[] {" (start marker", " (for ", "\n", "`", " at [Source"}) {
      int at = message.indexOf(marker);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String sentence = message.substring(0, end).strip();
    if (sentence.endsWith(": enable") || sentence.endsWith(": enable  to allow")) {
      sentence = sentence.substring(0, sentence.lastIndexOf(':'));
    }
    if (sentence.endsWith(":") || sentence.endsWith(";") || sentence.endsWith(",")) {
      sentence = sentence.substring(0, sentence.length() - 1);
    }
    return sentence.isEmpty() ? "it is not well-formed JSON" : sentence;
  }
}
