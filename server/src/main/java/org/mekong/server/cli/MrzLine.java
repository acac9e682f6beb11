package org.mekong.server.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mekong.core.border.mrz.MrzDocument;
import org.mekong.core.border.mrz.MrzFormat;
import org.mekong.core.border.mrz.Sex;

/** One output line of {@code mekong mrz parse}: the contract's fields, in the contract's order. */
@JsonPropertyOrder({
  "valid",
  "format",
  "documentCode",
  "issuingState",
  "documentNumber",
  "nationality",
  "birthDate",
  "sex",
  "expiryDate",
  "surname",
  "givenNames",
  "optionalData",
  "errors"
})
record MrzLine(
    boolean valid,
    @Nullable String format,
    @Nullable String documentCode,
    @Nullable String issuingState,
    @Nullable String documentNumber,
    @Nullable String nationality,
    @Nullable String birthDate,
    @Nullable String sex,
    @Nullable String expiryDate,
    @Nullable String surname,
    @Nullable String givenNames,
    @Nullable String optionalData,
    List<String> errors) {

  static MrzLine of(MrzDocument d) {
    MrzFormat format = d.format();
    Sex sex = d.sex();
    return new MrzLine(
        d.valid(),
        format == null ? null : format.name(),
        d.documentCode(),
        d.issuingState(),
        d.documentNumber(),
        d.nationality(),
        iso(d.birthDate()),
        sex == null ? null : String.valueOf(sex.code()),
        iso(d.expiryDate()),
        d.surname(),
        d.givenNames(),
        optionalData(d),
        d.errors());
  }

  private static @Nullable String iso(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** TD1's two optional data fields are joined by a space when both have data. */
  private static @Nullable String optionalData(MrzDocument d) {
    if (d.format() != MrzFormat.TD1 || (d.optionalData() == null && d.optionalData2() == null)) {
      return d.optionalData();
    }
    return Stream.of(d.optionalData(), d.optionalData2())
        .filter(Objects::nonNull)
        .filter(part -> !part.isEmpty())
        .collect(Collectors.joining(" "));
  }
}
