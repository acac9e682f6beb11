package org.mekong.core.legal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.names.NameComparator;
import org.mekong.core.names.Schema;

/**
 * An organisation a legal action is about (a company that runs a compound, a payment service): its
 * names, the state where it is registered and its registration number.
 *
 * @param country ICAO 9303 / ISO 3166-1 alpha-3 code; null when unknown
 * @param registration the registration number; empty when unknown
 */
public record Organisation(List<String> names, @Nullable String country, String registration)
    implements Subject {

  public Organisation {
    names = Texts.list("names", names, Person.MAX_ENTRIES);
    if (names.isEmpty()) {
      throw new InvalidInputException("names", "needs at least one name");
    }
    for (String name : names) {
      Texts.required("names", name, Texts.SHORT);
      NameComparator.rejection(Schema.ORGANIZATION, name)
          .ifPresent(
              why -> {
                throw new InvalidInputException("names", why);
              });
    }
    names = names.stream().map(String::strip).toList();
    country = country == null ? null : Texts.state("country", country);
    registration = Texts.optional("registration", registration, Texts.SHORT);
  }
}
