package org.mekong.core.sharing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.category.CategoryLookup;
import org.mekong.core.marking.Tlp;

/**
 * A standing agreement that agency {@code from} shares objects of these categories (and of their
 * sub-categories) with agency {@code to}, at TLP:AMBER and, if {@code upTo} is {@link
 * Tlp#AMBER_STRICT}, at TLP:AMBER+STRICT too.
 *
 * <p>Agreements matter only for TLP:AMBER and TLP:AMBER+STRICT: TLP:CLEAR and TLP:GREEN reach
 * everyone without one, and TLP:RED reaches only the recipients its marking names.
 */
public record SharingAgreement(AgencyId from, AgencyId to, Set<Category> categories, Tlp upTo) {

  public SharingAgreement {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(upTo, "upTo");
    Optional<String> problem = problem(from, to, categories, upTo);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    categories = Collections.unmodifiableSet(EnumSet.copyOf(categories));
  }

  /** An agreement that covers TLP:AMBER and TLP:AMBER+STRICT. */
  public SharingAgreement(AgencyId from, AgencyId to, Set<Category> categories) {
    this(from, to, categories, Tlp.AMBER_STRICT);
  }

  /**
   * Checks input for an agreement: category codes as {@link Category#fromCode} reads them, and the
   * strictest level covered ({@code amber} or {@code amber+strict}; AMBER+STRICT if absent).
   */
  public static AgreementCheck check(
      AgencyId from, AgencyId to, Collection<String> categoryCodes, Optional<Tlp> upTo) {
    Set<Category> categories = EnumSet.noneOf(Category.class);
    List<String> unknown = new ArrayList<>();
    for (String code : categoryCodes) {
      switch (Category.fromCode(code)) {
        case CategoryLookup.Found found -> categories.add(found.category());
        case CategoryLookup.Unknown ignored -> unknown.add(code);
      }
    }
    if (!unknown.isEmpty()) {
      return new AgreementCheck.Invalid(
          "unknown categories "
              + unknown
              + "; valid categories: "
              + String.join(", ", Category.codes()));
    }
    Tlp level = upTo.orElse(Tlp.AMBER_STRICT);
    return problem(from, to, categories, level)
        .<AgreementCheck>map(AgreementCheck.Invalid::new)
        .orElseGet(
            () -> new AgreementCheck.Valid(new SharingAgreement(from, to, categories, level)));
  }

  /**
   * Whether this agreement carries an object of these categories at this level from {@code from} to
   * {@code to}: some category of the agreement covers some category of the object, and the level is
   * not above {@code upTo}.
   */
  public boolean covers(Set<Category> objectCategories, Tlp tlp) {
    return upTo.isAtLeastAsStrictAs(tlp) && coversAny(objectCategories);
  }

  /** Whether some category of the agreement covers some category of the object, at any level. */
  public boolean coversAny(Set<Category> objectCategories) {
    for (Category agreed : categories) {
      for (Category category : objectCategories) {
        if (agreed.covers(category)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<String> problem(
      AgencyId from, AgencyId to, Set<Category> categories, Tlp upTo) {
    if (from.equals(to)) {
      return Optional.of("an agency does not make an agreement with itself: " + from);
    }
    if (categories.isEmpty()) {
      return Optional.of("an agreement names at least one category");
    }
    return switch (upTo) {
      case AMBER, AMBER_STRICT -> Optional.empty();
      case CLEAR, GREEN, RED ->
          Optional.of(
              "an agreement covers up to amber or amber+strict, not "
                  + upTo.code()
                  + ": clear and green need no agreement, red only reaches named recipients");
    };
  }
}
