package org.mekong.server.console;

import java.util.Locale;
import java.util.Optional;

/** What a person does in the console; supervisors and node admins need a second factor. */
public enum Role {
  /** Publishes, revokes and searches indicators; reviews alerts. */
  ANALYST,
  /** Reviews and decides what analysts prepared; needs TOTP. */
  SUPERVISOR,
  /** Checks travellers at the border; searches and reports sightings. */
  BORDER_OFFICER,
  /** A screening client's fraud team: reviews alerts and reports sightings. */
  SCREENING_OPERATOR,
  /** Runs the node: federation and accounts; needs TOTP. */
  NODE_ADMIN;

  /** The role as stored and shown, e.g. {@code border-officer}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The role with this code. */
  public static Optional<Role> fromCode(String code) {
    for (Role role : values()) {
      if (role.code().equals(code)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  /** Whether logging in needs a TOTP code besides the password. */
  public boolean needsSecondFactor() {
    return switch (this) {
      case SUPERVISOR, NODE_ADMIN -> true;
      case ANALYST, BORDER_OFFICER, SCREENING_OPERATOR -> false;
    };
  }

  /** Whether the role publishes and revokes its agency's indicators. */
  public boolean publishes() {
    return switch (this) {
      case ANALYST, SUPERVISOR, NODE_ADMIN -> true;
      case BORDER_OFFICER, SCREENING_OPERATOR -> false;
    };
  }

  /** Whether the role assigns, confirms and dismisses its agency's alerts. */
  public boolean reviewsAlerts() {
    return switch (this) {
      case ANALYST, SUPERVISOR, SCREENING_OPERATOR, NODE_ADMIN -> true;
      case BORDER_OFFICER -> false;
    };
  }

  /** Whether the role records case events, consent and manifest decisions. */
  public boolean recordsCasework() {
    return switch (this) {
      case ANALYST, SUPERVISOR, BORDER_OFFICER -> true;
      case SCREENING_OPERATOR, NODE_ADMIN -> false;
    };
  }

  /** Whether the role records determinations (victim, offender) and drafts notices. */
  public boolean determines() {
    return switch (this) {
      case ANALYST, SUPERVISOR -> true;
      case BORDER_OFFICER, SCREENING_OPERATOR, NODE_ADMIN -> false;
    };
  }

  /** Whether the role approves and cancels notices and suspends or lifts entry bans. */
  public boolean reviewsLegalRecords() {
    return switch (this) {
      case SUPERVISOR -> true;
      case ANALYST, BORDER_OFFICER, SCREENING_OPERATOR, NODE_ADMIN -> false;
    };
  }

  /** Whether the role sends requests to other agencies. */
  public boolean sendsRequests() {
    return switch (this) {
      case ANALYST, SUPERVISOR -> true;
      case BORDER_OFFICER, SCREENING_OPERATOR, NODE_ADMIN -> false;
    };
  }
}
