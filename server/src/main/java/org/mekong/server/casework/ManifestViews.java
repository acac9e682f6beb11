package org.mekong.server.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.DisclosurePath;
import org.mekong.core.casework.EntryStatus;
import org.springframework.stereotype.Component;

/**
 * A manifest as one side sees it: progress by status, each person as the disclosure table allows.
 */
@Component
class ManifestViews {

  /** One person of a manifest as the caller sees it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EntryView(
      String person,
      String status,
      @Nullable String reason,
      Instant updatedAt,
      String updatedBy,
      PersonJson details,
      String disclosure) {}

  /** A manifest, its progress and its entries. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ManifestView(
      String id,
      String sending,
      String receiving,
      ManifestController.TransportJson transport,
      String date,
      @Nullable String place,
      Map<String, Integer> progress,
      List<EntryView> entries) {}

  private final ManifestStore store;
  private final PersonStore persons;
  private final PersonDisclosures disclosures;

  ManifestViews(ManifestStore store, PersonStore persons, PersonDisclosures disclosures) {
    this.store = store;
    this.persons = persons;
    this.disclosures = disclosures;
  }

  ManifestView view(Agency viewer, ManifestStore.Header header) {
    Map<String, Integer> progress = new LinkedHashMap<>();
    for (EntryStatus status : EntryStatus.values()) {
      progress.put(Codes.of(status), 0);
    }
    List<EntryView> entries = new ArrayList<>();
    for (ManifestStore.Entry entry : store.entries(header.id())) {
      progress.merge(Codes.of(entry.status()), 1, Integer::sum);
      StoredPerson person = persons.find(entry.person()).orElseThrow();
      PersonDisclosures.Disclosed disclosed =
          disclosures.of(viewer, person, DisclosurePath.MANIFEST_READ);
      entries.add(
          new EntryView(
              entry.person().toString(),
              Codes.of(entry.status()),
              entry.reason(),
              entry.updatedAt(),
              entry.updatedBy(),
              person.json().only(disclosed.fields()),
              disclosed.basis()));
    }
    return new ManifestView(
        header.id().toString(),
        header.sending().value(),
        header.receiving().value(),
        new ManifestController.TransportJson(Codes.of(header.mode()), header.reference()),
        header.date().toString(),
        header.place(),
        progress,
        entries);
  }
}
