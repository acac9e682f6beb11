package org.mekong.server.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.mekong.core.input.InvalidInputException;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.ProblemException;

/**
 * Turns the API's refusal of a form into messages beside its fields: the field the refusal names
 * (as the API names it), mapped to the form's; a record that is not there stays a 404.
 */
final class Refusals {

  /** The key of a message that belongs to no one field. */
  static final String GENERAL = "general";

  private Refusals() {}

  /**
   * The message of {@code e} under the form field {@code fields} maps the API's field to ({@link
   * #GENERAL} for none).
   *
   * @throws ProblemException again when it is a 404
   */
  static Map<String, String> of(RuntimeException e, UnaryOperator<String> fields) {
    String field;
    String message;
    switch (e) {
      case BadRequestException bad -> {
        field = bad.field();
        message = bad.detail();
      }
      case InvalidInputException invalid -> {
        field = invalid.field();
        message = String.valueOf(invalid.getMessage());
      }
      case ProblemException problem -> {
        if (problem.status().value() == 404) {
          throw problem;
        }
        message = problem.detail();
        int end = message.indexOf('\'', 1);
        field = message.startsWith("'") && end > 0 ? message.substring(1, end) : "";
      }
      default -> throw e;
    }
    String mapped = fields.apply(field);
    Map<String, String> errors = new LinkedHashMap<>();
    errors.put(mapped.isEmpty() ? GENERAL : mapped, message);
    return errors;
  }

  /** The last part of a dotted field ({@code event.at} → {@code at}), indices dropped. */
  static String last(String field) {
    String plain = field.replaceAll("\\[\\d+]", "");
    return plain.substring(plain.lastIndexOf('.') + 1);
  }
}
