package org.mekong.server.sharing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.marking.Tlp;
import org.mekong.core.sharing.SharingAgreement;
import org.mekong.core.sharing.SharingPolicy;
import org.mekong.server.agency.AgencyDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The node's sharing agreements and the {@link SharingPolicy} they make with its agencies. The
 * policy is rebuilt from the database for each decision batch, so a new agreement or agency applies
 * at once.
 */
@Service
public class SharingPolicies {

  private final JdbcClient jdbc;
  private final AgencyDirectory agencies;
  private final org.springframework.transaction.support.TransactionTemplate transaction;
  private volatile @org.jspecify.annotations.Nullable SharingPolicy cached;
  private volatile java.util.@org.jspecify.annotations.Nullable Map<AgencyId, String> remote;

  SharingPolicies(
      JdbcClient jdbc,
      AgencyDirectory agencies,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.agencies = agencies;
    this.transaction =
        new org.springframework.transaction.support.TransactionTemplate(transactions);
  }

  /** The policy as the node's agencies and agreements stand now. */
  public SharingPolicy current() {
    SharingPolicy policy = cached;
    if (policy == null) {
      policy = new SharingPolicy(agencies.list(), agreements());
      cached = policy;
    }
    return policy;
  }

  /**
   * The remote agencies of the community (partner nodes' agencies) and the node each belongs to;
   * every other agency of the community is one of this node's own.
   */
  public java.util.Map<AgencyId, String> remoteNodes() {
    java.util.Map<AgencyId, String> nodes = remote;
    if (nodes == null) {
      nodes = agencies.remoteNodes();
      remote = nodes;
    }
    return nodes;
  }

  @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
  void agencyAdded(AgencyDirectory.AgencyAdded added) {
    cached = null;
    remote = null;
  }

  /** Every agreement. */
  public List<SharingAgreement> agreements() {
    return jdbc.sql("SELECT from_agency, to_agency, categories, up_to FROM sharing_agreement")
        .query(
            (rs, row) ->
                new SharingAgreement(
                    new AgencyId(rs.getString(1)),
                    new AgencyId(rs.getString(2)),
                    categories((String[]) rs.getArray(3).getArray()),
                    Tlp.fromCode(rs.getString(4)).orElseThrow()))
        .list();
  }

  /** Adds or replaces the agreement from one agency to another. */
  public SharingAgreement put(SharingAgreement agreement) {
    try {
      SharingAgreement written = transaction.execute(status -> write(agreement));
      return written == null ? agreement : written;
    } finally {
      cached = null;
    }
  }

  private SharingAgreement write(SharingAgreement agreement) {
    String[] codes = agreement.categories().stream().map(Category::code).toArray(String[]::new);
    int updated =
        jdbc.sql(
                "UPDATE sharing_agreement SET categories = ?, up_to = ?"
                    + " WHERE from_agency = ? AND to_agency = ?")
            .params(
                codes, agreement.upTo().code(), agreement.from().value(), agreement.to().value())
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                "INSERT INTO sharing_agreement (from_agency, to_agency, categories, up_to)"
                    + " VALUES (?, ?, ?, ?)")
            .params(
                agreement.from().value(), agreement.to().value(), codes, agreement.upTo().code())
            .update();
      } catch (DuplicateKeyException e) {
        return write(agreement);
      }
    }
    return agreement;
  }

  private static Set<Category> categories(String[] codes) {
    List<Category> found = new ArrayList<>();
    Arrays.stream(codes)
        .forEach(
            code -> {
              if (Category.fromCode(code) instanceof CategoryLookup.Found(Category category)) {
                found.add(category);
              }
            });
    return found.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(found);
  }
}
