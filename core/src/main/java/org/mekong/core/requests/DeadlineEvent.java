package org.mekong.core.requests;

/** What a request's clock makes due while it waits for an answer; each happens at most once. */
public enum DeadlineEvent {
  /** The deadline approaches: the recipient is reminded. */
  REMINDER("reminder"),
  /** The deadline passed without an answer. */
  OVERDUE("overdue"),
  /** Still unanswered: both agencies' supervisors are told. */
  ESCALATION("escalation");

  private final String code;

  DeadlineEvent(String code) {
    this.code = code;
  }

  /** The stable code of the API and the database, e.g. {@code escalation}. */
  public String code() {
    return code;
  }
}
