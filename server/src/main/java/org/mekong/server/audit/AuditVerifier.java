package org.mekong.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.mekong.core.audit.AuditChainVerifier;
import org.mekong.core.audit.AuditEntry;
import org.mekong.core.audit.AuditHash;
import org.mekong.core.audit.AuditVerification;
import org.mekong.core.audit.StoredAuditEntry;

/** Reads a node's audit log over plain JDBC and checks its chain from the first entry. */
public final class AuditVerifier {

  private AuditVerifier() {}

  /** Verifies the chain in the database behind {@code connection}. */
  public static AuditVerification verify(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement isolation = connection.createStatement()) {
      isolation.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    try {
      AuditChainVerifier verifier = new AuditChainVerifier();
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT seq, at, actor, action, object_type, object_id, outcome, prev_hash, hash"
                  + " FROM audit_log ORDER BY seq")) {
        select.setFetchSize(1_000);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            AuditEntry entry =
                new AuditEntry(
                    rs.getLong(1),
                    rs.getTimestamp(2).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7));
            if (!verifier.accept(
                new StoredAuditEntry(
                    entry, new AuditHash(rs.getBytes(8)), new AuditHash(rs.getBytes(9))))) {
              break;
            }
          }
        }
      }
      try (Statement head = connection.createStatement();
          ResultSet rs = head.executeQuery("SELECT seq, hash FROM audit_head")) {
        if (!rs.next()) {
          return new AuditVerification.Broken(1, "the audit head row is missing");
        }
        return verifier.finish(rs.getLong(1), new AuditHash(rs.getBytes(2)));
      }
    } finally {
      connection.rollback();
    }
  }
}
