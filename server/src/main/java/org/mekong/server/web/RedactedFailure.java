package org.mekong.server.web;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import tools.jackson.core.JacksonException;

/**
 * A failure as the node logs it: the chain of exception types and stack frames, with the messages
 * that may quote stored or submitted data (a database's, which repeat key values and SQL; a JSON
 * parser's, which repeat the input) reduced to what an operator needs. Personal data stays out of
 * the logs.
 */
public final class RedactedFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Deeper chains are cut; a loop in a chain is cut where it closes. */
  private static final int MAX_DEPTH = 32;

  private RedactedFailure(
      String message, @Nullable RedactedFailure cause, StackTraceElement[] trace) {
    super(message, cause, false, true);
    setStackTrace(trace);
  }

  /** The failure's chain, each message kept or withheld as the type says. */
  public static Throwable of(Throwable failure) {
    return copy(failure, new IdentityHashMap<>(), 0);
  }

  private static RedactedFailure copy(Throwable failure, Map<Throwable, Boolean> seen, int depth) {
    seen.put(failure, Boolean.TRUE);
    Throwable cause = failure.getCause();
    RedactedFailure copiedCause =
        cause != null && depth < MAX_DEPTH && !seen.containsKey(cause)
            ? copy(cause, seen, depth + 1)
            : null;
    return new RedactedFailure(
        failure.getClass().getName() + ": " + message(failure),
        copiedCause,
        failure.getStackTrace());
  }

  private static String message(Throwable failure) {
    if (failure instanceof SQLException sql) {
      return "[message withheld; SQL state " + sql.getSQLState() + "]";
    }
    if (failure instanceof DataAccessException) {
      return "[database message withheld]";
    }
    if (failure instanceof JacksonException) {
      return "[parser message withheld]";
    }
    return String.valueOf(failure.getMessage());
  }

  @Override
  public String toString() {
    return String.valueOf(getMessage());
  }
}
