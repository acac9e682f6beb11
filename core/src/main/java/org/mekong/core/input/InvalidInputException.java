package org.mekong.core.input;

/**
 * Outside input that a record refused at the last line of defence: text or a time that should have
 * been checked at the boundary. Its message names the field and is safe to show to the sender.
 */
public final class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /** {@code field} holds a value that {@code problem} describes. */
  public InvalidInputException(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
  }

  /** The field (or the description of it) that holds the bad value. */
  public String field() {
    return field;
  }
}
