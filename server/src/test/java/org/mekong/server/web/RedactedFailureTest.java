package org.mekong.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;

/** What the node logs of a failure keeps its types and frames and drops quoted data. */
class RedactedFailureTest {

  private static String printed(Throwable failure) {
    StringWriter out = new StringWriter();
    failure.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  @Test
  void aDatabaseFailureKeepsItsStateAndFramesButNotTheKeyItQuotes() {
    PSQLException database =
        new PSQLException(
            "duplicate key value violates unique constraint \"casework_person_name\""
                + " Detail: Key (name)=(王小红 1990-03-02) already exists.",
            PSQLState.UNIQUE_VIOLATION);
    DataIntegrityViolationException access =
        new DataIntegrityViolationException(
            "INSERT INTO casework_person VALUES ('王小红'); " + database.getMessage(), database);
    IllegalStateException top = new IllegalStateException("storing a person failed", access);

    String logged = printed(RedactedFailure.of(top));

    assertThat(logged)
        .doesNotContain("王小红")
        .doesNotContain("1990-03-02")
        .contains("storing a person failed")
        .contains(DataIntegrityViolationException.class.getName())
        .contains(PSQLException.class.getName() + ": [message withheld; SQL state 23505]")
        .contains("aDatabaseFailureKeepsItsStateAndFramesButNotTheKeyItQuotes");
  }

  @Test
  void aChainThatLoopsEndsWhereItCloses() {
    IllegalStateException first = new IllegalStateException("first");
    IllegalArgumentException second = new IllegalArgumentException("second", first);
    first.initCause(second);

    Throwable copy = RedactedFailure.of(first);

    Throwable cause = java.util.Objects.requireNonNull(copy.getCause());
    assertThat(cause.getMessage()).contains("second");
    assertThat(cause.getCause()).isNull();
  }
}
