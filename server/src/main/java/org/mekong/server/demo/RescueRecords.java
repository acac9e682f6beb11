package org.mekong.server.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.IdentityDocument;
import org.mekong.core.casework.PersonName;
import org.mekong.core.casework.Verdict;
import org.mekong.core.synthetic.RescuedPerson;
import org.mekong.core.synthetic.SyntheticRescue;

/**
 * The places, people, events and decisions of the demo's rescue story, as the casework API takes
 * them. Times lie in February 2025, when Myanmar handed Thailand the people rescued from Myawaddy's
 * compounds; coordinates are approximate.
 */
final class RescueRecords {

  static final String MYAWADDY = "Myawaddy";
  static final String BRIDGE = "Thai-Myanmar Friendship Bridge";
  static final String SHELTER = "Mae Sot shelter for rescued persons";
  static final String MYANMAR_OFFICER = "Police Major Aung Kyaw Moe (Myawaddy)";
  static final String INTERVIEWER = "Police Captain Khin Myo Thant (interviews, Myawaddy)";
  static final String THAI_OFFICER = "Pol. Lt. Col. Thanakorn Saengthong (Immigration, Tak)";
  static final String CHINESE_OFFICER = "Liu Yang (Ministry of Public Security, Nanjing)";
  static final String BRIDGE_DATE = "2025-02-20";
  static final String OVERRIDE_BASIS =
      "Myanmar Anti-Trafficking in Persons Law 2022: protection and return of a victim in hospital"
          + " care who cannot answer";
  static final String MISMATCH =
      "identity mismatch: the passport presented does not match the person (photo and birth date"
          + " differ); held for verification";

  /** The sites: name, kind, country, latitude, longitude, aliases. */
  static final List<Map<String, Object>> SITES =
      List.of(
          site(SyntheticRescue.KK_PARK, "scam-compound", "MM", 16.6186, 98.5530, "KK园区"),
          site(
              SyntheticRescue.SHWE_KOKKO,
              "scam-compound",
              "MM",
              16.8350,
              98.5190,
              "Yatai New City"),
          site(MYAWADDY, "town", "MM", 16.6870, 98.5100, "Myawadi"),
          site(BRIDGE, "border-crossing", "TH", 16.6995, 98.5213, "Friendship Bridge"),
          site(
              "Mae Sot checkpoint 2",
              "checkpoint",
              "TH",
              16.6600,
              98.5400,
              "Second Friendship Bridge"),
          site(SHELTER, "shelter", "TH", 16.7170, 98.5700, "Mae Sot shelter"));

  private RescueRecords() {}

  private static Map<String, Object> site(
      String name, String kind, String country, double latitude, double longitude, String alias) {
    return Map.of(
        "name",
        name,
        "aliases",
        List.of(alias),
        "kind",
        kind,
        "country",
        country,
        "coordinates",
        Map.of("latitude", latitude, "longitude", longitude));
  }

  /** The person as Myanmar's police record them after the interviews in Myawaddy. */
  static Map<String, Object> person(RescuedPerson person) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("names", person.names().stream().map(PersonName::value).toList());
    if (person.birthDate() != null) {
      body.put("birthDate", person.birthDate().toString());
    }
    body.put("sex", Codes.of(person.sex()));
    body.put("nationalities", List.of(person.nationality().code()));
    body.put("documents", person.documents().stream().map(RescueRecords::document).toList());
    body.put("languages", person.languages().stream().map(l -> l.code()).toList());
    body.put("needs", person.needs().stream().map(Codes::of).sorted().toList());
    var exploitation = person.exploitation();
    body.put(
        "exploitation",
        Map.of(
            "recruitmentMethods", codes(exploitation.recruitmentMethods()),
            "recruitmentChannels", codes(exploitation.recruitmentChannels()),
            "controlMethods", codes(exploitation.controlMethods()),
            "types", codes(exploitation.types())));
    return body;
  }

  private static Map<String, Object> document(IdentityDocument document) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", Codes.of(document.type()));
    body.put("number", document.number());
    body.put("issuingState", document.issuingState().code());
    if (document.expiry() != null) {
      body.put("expiry", document.expiry().toString());
    }
    return body;
  }

  private static List<String> codes(java.util.Set<? extends Enum<?>> values) {
    return values.stream().map(Codes::of).sorted().toList();
  }

  /**
   * The events of the person's case up to identification: reported missing (some), located and
   * rescued at the compound, identified in Myawaddy.
   */
  static List<Map<String, Object>> events(RescuedPerson person, Map<String, String> sites) {
    String compound = sites.get(person.compound());
    List<Map<String, Object>> events = new ArrayList<>();
    if (person.reportedMissing()) {
      events.add(
          event(
              "reported-missing",
              "2024-11-0" + (1 + person.number() % 9) + "T03:00:00Z",
              null,
              "Reported missing by the family through the embassy in Yangon"));
    }
    events.add(
        event("located", "2025-02-05T06:00:00Z", compound, "Found in the sweep of the compound"));
    events.add(
        event(
            "rescued",
            "2025-02-10T08:00:00Z",
            compound,
            "Brought out of the compound to Myawaddy"));
    Map<String, Object> identified =
        event(
            "identified",
            "2025-02-17T04:00:00Z",
            sites.get(MYAWADDY),
            person.documents().isEmpty()
                ? "Identified by interview; the compound kept the passport"
                : "Identified by passport and interview");
    if (!person.documents().isEmpty()) {
      identified.put("documents", List.of("passport " + person.documents().getFirst().number()));
    }
    events.add(identified);
    return events;
  }

  private static Map<String, Object> event(
      String type, String at, @org.jspecify.annotations.Nullable String site, String note) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("type", type);
    event.put("actingPerson", MYANMAR_OFFICER);
    event.put("at", at);
    if (site != null) {
      event.put("site", site);
    } else {
      event.put("place", "Yangon");
    }
    event.put("note", note);
    return event;
  }

  /** The consent record of the interview, or the override for a person who cannot answer. */
  static Map<String, Object> consent(RescuedPerson person) {
    return switch (person.consent()) {
      case GIVEN -> Map.of("kind", "given", "recordedBy", INTERVIEWER);
      case REFUSED -> Map.of("kind", "refused", "recordedBy", INTERVIEWER);
      case OVERRIDE ->
          Map.of("kind", "override", "recordedBy", INTERVIEWER, "legalBasis", OVERRIDE_BASIS);
    };
  }

  /** Thailand's determination after the interviews at the Mae Sot shelter. */
  static Map<String, Object> determination(Verdict verdict) {
    String basis =
        switch (verdict) {
          case VICTIM ->
              "Interview at the Mae Sot shelter: lured by a false job offer, confined and forced to"
                  + " run online scams";
          case UNDETERMINED -> "Accounts conflict; the country of nationality decides";
          case OFFENDER ->
              "Recruited and supervised other workers in the compound (statements of three"
                  + " witnesses)";
        };
    return Map.of("verdict", Codes.of(verdict), "decidedBy", THAI_OFFICER, "basis", basis);
  }

  /** Thai Immigration's record of a person's return, once China confirmed the handover. */
  static Map<String, Object> repatriated(String at) {
    return Map.of(
        "type",
        "repatriated",
        "actingPerson",
        THAI_OFFICER,
        "at",
        at,
        "place",
        "Mae Sot Airport (MAQ), on the flight to Nanjing Lukou",
        "country",
        "CN",
        "note",
        "Seen off on a charter flight from Mae Sot; handover confirmed by China's MPS");
  }
}
