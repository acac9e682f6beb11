package org.mekong.server.border;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mekong.core.border.check.Traveller;
import org.mekong.core.border.mrz.IcaoCodes;
import org.mekong.core.border.mrz.MrzDocument;
import org.mekong.core.border.mrz.MrzParser;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.input.PartialDate;
import org.mekong.core.legal.TravelDocument;
import org.mekong.server.web.BadRequestException;

/**
 * What an officer presented, read: the traveller to screen and the document as the answer shows it.
 */
record Presented(Traveller traveller, CheckJson.Document document) {

  /**
   * The longest zone accepted: three TD1 lines and their separators, with room for stray blanks.
   */
  static final int MAX_ZONE = 200;

  /** The same, with one more finding for the officer. */
  Presented withFinding(String finding) {
    return new Presented(traveller, document.withFinding(finding));
  }

  static Presented read(CheckJson.Request request, MrzParser parser, LocalDate today) {
    boolean typed =
        request.surname() != null
            || request.givenNames() != null
            || request.birthDate() != null
            || request.nationality() != null
            || request.documentNumber() != null
            || request.issuingState() != null;
    String mrz = request.mrz();
    if (mrz != null && typed) {
      throw new BadRequestException("mrz", "is given with typed fields; send one or the other");
    }
    if (mrz != null) {
      return zone(mrz, parser, today);
    }
    if (!typed) {
      throw new BadRequestException("mrz", "or the typed fields (surname, ...) are required");
    }
    return typed(request);
  }

  private static Presented zone(String mrz, MrzParser parser, LocalDate today) {
    if (mrz.length() > MAX_ZONE) {
      throw new BadRequestException("mrz", "is longer than " + MAX_ZONE + " characters");
    }
    String zone = mrz.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    MrzDocument read = parser.parse(zone);
    Traveller traveller;
    try {
      traveller = Traveller.of(read);
    } catch (InvalidInputException e) {
      traveller = null;
    }
    if (traveller == null) {
      throw new BadRequestException(
          "mrz", "holds no readable name to check: " + String.join("; ", read.errors()));
    }
    List<String> findings = new ArrayList<>();
    if (read.expiredOn(today)) {
      findings.add("the document expired on " + read.expiryDate());
    }
    for (String error : read.errors()) {
      if (error.contains("OCR")) {
        findings.add("possible OCR misreading, check the document by eye: " + error);
      }
    }
    return new Presented(
        traveller,
        new CheckJson.Document(
            "mrz",
            read.valid(),
            read.format() == null ? null : read.format().name(),
            read.documentCode(),
            read.issuingState(),
            read.documentNumber(),
            read.nationality(),
            read.birthDate() == null ? null : read.birthDate().toString(),
            read.sex() == null ? null : String.valueOf(read.sex().code()),
            read.expiryDate() == null ? null : read.expiryDate().toString(),
            read.surname(),
            read.givenNames(),
            read.optionalData(),
            read.errors(),
            findings));
  }

  private static Presented typed(CheckJson.Request request) {
    String surname = request.surname();
    if (surname == null || surname.isBlank()) {
      throw new BadRequestException("surname", "is required");
    }
    String given = request.givenNames() == null ? "" : request.givenNames().strip();
    if (surname.length() > 200 || given.length() > 200) {
      throw new BadRequestException("surname", "and givenNames are at most 200 characters each");
    }
    String born = request.birthDate();
    PartialDate birthDate = born == null ? null : PartialDate.parse("birthDate", born);
    String nationality = state("nationality", request.nationality());
    String issuer = state("issuingState", request.issuingState());
    TravelDocument document = null;
    String number = request.documentNumber();
    if (number != null) {
      String state = issuer != null ? issuer : nationality;
      if (state == null) {
        throw new BadRequestException(
            "issuingState", "is required with documentNumber when nationality is not given");
      }
      try {
        document = new TravelDocument(state, number);
      } catch (InvalidInputException e) {
        throw new BadRequestException("documentNumber", "must be 1-20 letters A-Z and digits");
      }
    }
    Traveller traveller = new Traveller(surname.strip(), given, birthDate, nationality, document);
    return new Presented(
        traveller,
        new CheckJson.Document(
            "typed",
            null,
            null,
            null,
            document == null ? issuer : document.issuingState(),
            document == null ? null : document.number(),
            nationality,
            birthDate == null ? null : birthDate.toString(),
            null,
            null,
            traveller.surname(),
            given,
            null,
            List.of(),
            List.of()));
  }

  private static @Nullable String state(String field, @Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!IcaoCodes.isKnown(upper)) {
      throw new BadRequestException(
          field, "is not a known state; give an ICAO 9303 / ISO 3166-1 alpha-3 code such as THA");
    }
    return upper;
  }
}
