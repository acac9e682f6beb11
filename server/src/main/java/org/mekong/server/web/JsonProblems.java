package org.mekong.server.web;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.JsonErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says in the sender's words why a JSON request body was refused: which field, and what it must be
 * — never a class name or a parser's setting.
 */
final class JsonProblems {

  private JsonProblems() {}

  /** The detail of the 400 for a body that could not be read. */
  static String detail(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      switch (cause) {
        case UnrecognizedPropertyException unknown -> {
          return "'" + path(unknown) + "' is not a field of this request" + known(unknown);
        }
        case JsonInput.BadText bad -> {
          return "'" + path(bad) + "' " + bad.getOriginalMessage();
        }
        case MismatchedInputException mismatch -> {
          return "'" + path(mismatch) + "' must be " + expected(mismatch.getTargetType());
        }
        case StreamReadException unreadable -> {
          return "the request body is not valid JSON: " + JsonErrors.describe(unreadable);
        }
        case JacksonException other -> {
          return "the request body is not valid JSON: " + JsonErrors.describe(other);
        }
        default -> {}
      }
    }
    String message = String.valueOf(failure.getMessage());
    return message.startsWith("Required request body is missing")
        ? "the request body is missing"
        : "the request body is not valid JSON of the expected shape";
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      String name = reference.getPropertyName();
      if (name != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(Parameters.shown(name));
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "the request body" : path.toString();
  }

  private static String known(UnrecognizedPropertyException unknown) {
    Collection<Object> ids = unknown.getKnownPropertyIds();
    if (ids == null || ids.isEmpty()) {
      return "";
    }
    TreeSet<String> names = new TreeSet<>();
    ids.forEach(id -> names.add(String.valueOf(id)));
    return "; the fields are " + String.join(", ", names);
  }

  private static String expected(@Nullable Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == Integer.class
        || type == int.class
        || type == Long.class
        || type == long.class
        || type == Short.class
        || type == short.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class || type == Float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Instant.class) {
      return "an ISO-8601 instant such as 2026-11-28T00:00:00Z";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "of another type";
  }
}
