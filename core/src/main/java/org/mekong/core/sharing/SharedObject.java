package org.mekong.core.sharing;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Marking;

/**
 * What the sharing rules need to know of a shared object (an indicator, a notice, ...): who
 * originated it, its marking and its categories (possibly none, in which case no agreement carries
 * it).
 */
public record SharedObject(AgencyId originator, Marking marking, Set<Category> categories) {

  public SharedObject {
    requireNonNull(originator, "originator");
    requireNonNull(marking, "marking");
    categories =
        Collections.unmodifiableSet(
            categories.isEmpty() ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories));
  }
}
