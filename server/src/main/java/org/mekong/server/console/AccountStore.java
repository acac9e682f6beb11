package org.mekong.server.console;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The console's accounts in {@code console_account}. */
@Repository
class AccountStore {

  /** An account as stored. */
  record Account(
      UUID id,
      String agency,
      String username,
      String passwordHash,
      Role role,
      @Nullable String totpSecret,
      long totpLastStep,
      int failedLogins,
      @Nullable Instant lockedUntil) {}

  private static final String COLUMNS =
      "id, agency_id, username, password_hash, role, totp_secret, totp_last_step, failed_logins,"
          + " locked_until";

  private final JdbcClient jdbc;

  AccountStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Account> find(String username) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM console_account WHERE username = ?")
        .param(username)
        .query(AccountStore::account)
        .optional();
  }

  /** Creates the account, or replaces the agency, password, role and secret of an existing one. */
  void put(String agency, String username, String passwordHash, Role role, @Nullable String totp) {
    jdbc.sql(
            """
            INSERT INTO console_account (id, agency_id, username, password_hash, role, totp_secret)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (username) DO UPDATE SET agency_id = excluded.agency_id,
              password_hash = excluded.password_hash, role = excluded.role,
              totp_secret = excluded.totp_secret, totp_last_step = 0, failed_logins = 0,
              locked_until = NULL
            """)
        .param(UUID.randomUUID())
        .param(agency)
        .param(username)
        .param(passwordHash)
        .param(role.code())
        .param(totp)
        .update();
  }

  /** Counts a failed login; locks the account until {@code lockUntil} at the {@code limit}th. */
  void failed(UUID id, int limit, Instant lockUntil) {
    jdbc.sql(
            """
            UPDATE console_account SET
              locked_until = CASE WHEN failed_logins + 1 >= ? THEN ? ELSE locked_until END,
              failed_logins = CASE WHEN failed_logins + 1 >= ? THEN 0 ELSE failed_logins + 1 END
            WHERE id = ?
            """)
        .params(limit, Timestamp.from(lockUntil), limit, id)
        .update();
  }

  /**
   * Records a good login: the failures are forgotten and the TOTP step used is remembered, so that
   * its code is not accepted again; false if another login used that step first.
   */
  boolean succeeded(UUID id, long totpStep) {
    return jdbc.sql(
                """
                UPDATE console_account SET failed_logins = 0, locked_until = NULL,
                  totp_last_step = GREATEST(totp_last_step, ?)
                WHERE id = ? AND (? = 0 OR totp_last_step < ?)
                """)
            .params(totpStep, id, totpStep, totpStep)
            .update()
        == 1;
  }

  private static Account account(ResultSet rs, int row) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    return new Account(
        rs.getObject("id", UUID.class),
        rs.getString("agency_id"),
        rs.getString("username"),
        rs.getString("password_hash"),
        Role.fromCode(rs.getString("role")).orElseThrow(),
        rs.getString("totp_secret"),
        rs.getLong("totp_last_step"),
        rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant());
  }
}
