package org.mekong.server.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.mekong.core.border.mrz.MrzComposer;
import org.mekong.core.border.mrz.MrzDocument;
import org.mekong.core.border.mrz.MrzFormat;
import org.mekong.core.border.mrz.Sex;
import org.mekong.server.demo.BorderPeople.Returnee;
import tools.jackson.databind.JsonNode;

/**
 * The demo's border story on the Thai node, told through the node's API as its agencies would:
 * Thailand expels people returned from Myawaddy and bars their re-entry, one of them is refused at
 * Mae Sot on his passport's zone, a Thai officer hits China's wanted notice for a compound boss by
 * typing his name in Thai, and the node's authorities ask the demo bank for a freeze and the mobile
 * operator to cut a compound's service. A node that holds expulsions already is left as it is.
 */
public final class BorderStory {

  /**
   * What the story wrote; ids are empty when the node had the story already.
   *
   * @param noticeId null where China's agency is on no node the story was given
   */
  public record Told(
      boolean toldNow,
      List<String> banIds,
      List<String> expulsionIds,
      @Nullable String checkId,
      boolean checkHit,
      @Nullable String noticeId,
      boolean noticeHit,
      @Nullable String freezeId,
      @Nullable String cutServiceId) {}

  static final String IMMIGRATION = "th-immigration";
  static final String POLICE = "th-ccib";
  private static final String AMLO = "th-amlo";
  private static final String BANK = "th-mekhala-bank";
  private static final String OPERATOR = "th-chaophraya-mobile";
  private static final String CHINA = "cn-mps-afc";
  private static final Map<String, Object> SHARED_IN_THAILAND =
      Map.of("tlp", "amber", "recipients", List.of(POLICE));

  private final NodeApi api;
  private final Map<String, String> keys = new HashMap<>();
  private final Consumer<String> out;

  private final @Nullable NodeApi china;
  private final @Nullable String chinaKey;

  private BorderStory(
      Credentials credentials, @Nullable Credentials chinasNode, Consumer<String> out) {
    this.api = new NodeApi(credentials.baseUrl());
    credentials.agencies().forEach(entry -> keys.put(entry.id(), entry.apiKey()));
    this.out = out;
    String key = null;
    if (chinasNode != null) {
      for (Credentials.Entry entry : chinasNode.agencies()) {
        if (entry.id().equals(CHINA)) {
          key = entry.apiKey();
        }
      }
    }
    this.chinaKey = key;
    this.china = key == null || chinasNode == null ? null : new NodeApi(chinasNode.baseUrl());
  }

  /** Tells the story on the node of {@code credentials}, printing what it did to {@code out}. */
  public static Told tell(Credentials credentials, Consumer<String> out) {
    return tell(credentials, null, out);
  }

  /**
   * Tells the story on the node of {@code credentials}; China's wanted notice is issued on the node
   * of {@code chinasNode} when China's agency is not on this one (the three-node demo), and the
   * story waits for it to arrive here through federation before the officer's check.
   */
  public static Told tell(
      Credentials credentials, @Nullable Credentials chinasNode, Consumer<String> out) {
    return new BorderStory(credentials, chinasNode, out).tell();
  }

  private Told tell() {
    if (!keys.containsKey(IMMIGRATION) || !keys.containsKey(AMLO)) {
      return new Told(false, List.of(), List.of(), null, false, null, false, null, null);
    }
    if (!api.getOk("/api/v1/expulsions?limit=1", key(IMMIGRATION)).get("items").isEmpty()) {
      out.accept("Border story: the node holds expulsions already; not told again.");
      return new Told(false, List.of(), List.of(), null, false, null, false, null, null);
    }
    out.accept("Border story (Thai node):");
    List<String> bans = new ArrayList<>();
    List<String> expulsions = new ArrayList<>();
    for (Returnee returnee : BorderPeople.RETURNEES) {
      String ban =
          api.postOk("/api/v1/entry-bans", key(IMMIGRATION), ban(returnee)).get("id").asString();
      bans.add(ban);
      expulsions.add(
          api.postOk("/api/v1/expulsions", key(IMMIGRATION), expulsion(returnee, ban))
              .get("id")
              .asString());
      out.accept(
          "  expelled (TM 35 "
              + returnee.order()
              + ") "
              + returnee.names().get(0)
              + " / "
              + returnee.names().get(1)
              + " to "
              + returnee.nationality()
              + ", re-entry barred until "
              + BorderPeople.BAN_EXPIRY);
    }
    Returnee back = BorderPeople.RETURNEES.getFirst();
    JsonNode check =
        api.postOk("/api/v1/border/checks", key(IMMIGRATION), Map.of("mrz", zone(back)));
    String checkId = check.get("id").asString();
    boolean hit = check.get("hit").asBoolean();
    api.postOk(
        "/api/v1/border/checks/" + checkId + "/decision",
        key(IMMIGRATION),
        Map.of(
            "decision",
            "refused",
            "officer",
            "Pol. Sgt. Maj. Somchai (Mae Sot checkpoint)",
            "note",
            "Entry ban " + back.order() + " confirmed; returned to Myawaddy"));
    out.accept(
        "  Mae Sot checkpoint: passport "
            + back.passport()
            + " of "
            + back.names().get(1)
            + (hit ? " hit " + describe(check.get("hits").get(0)) : " hit nothing")
            + "; decision: refused");
    NoticeStory.Result notice = notice();
    String noticeId = notice.noticeId();
    boolean noticeHit = notice.hit();
    JsonNode freeze = api.postOk("/api/v1/requests", key(AMLO), BorderPeople.freeze(BANK));
    out.accept(
        "  urgent freeze request to the demo bank ("
            + BANK
            + "): due "
            + Instant.parse(freeze.get("deadline").asString()).truncatedTo(ChronoUnit.SECONDS)
            + ", overdue in 8 h unless the bank answers");
    JsonNode cut = api.postOk("/api/v1/requests", key(POLICE), BorderPeople.cutService(OPERATOR));
    out.accept(
        "  request to cut service to the compound sent to "
            + OPERATOR
            + ": "
            + BorderPeople.CELL_SITES.size()
            + " cell sites, "
            + BorderPeople.IP_RANGES.size()
            + " IP ranges");
    return new Told(
        true,
        List.copyOf(bans),
        List.copyOf(expulsions),
        checkId,
        hit,
        noticeId,
        noticeHit,
        freeze.get("id").asString(),
        cut.get("id").asString());
  }

  /**
   * China's wanted notice, drafted by one officer and approved by another, on this node or on
   * China's node of the federation, and the Thai officer's check that hits it; nothing where
   * China's agency is on neither.
   */
  private NoticeStory.Result notice() {
    if (keys.containsKey(CHINA)) {
      return NoticeStory.tell(
          api, key(CHINA), api, key(IMMIGRATION), true, NoticeStory.PATIENCE, out);
    }
    if (china == null || chinaKey == null) {
      return new NoticeStory.Result(null, false);
    }
    return NoticeStory.tell(
        china, chinaKey, api, key(IMMIGRATION), false, NoticeStory.PATIENCE, out);
  }

  private static Map<String, Object> ban(Returnee returnee) {
    return Map.of(
        "marking",
        SHARED_IN_THAILAND,
        "categories",
        List.of(),
        "record",
        Map.of(
            "subject", returnee.person(),
            "reason", "Worked in a scam compound in Myawaddy; returned through Mae Sot",
            "issuingAuthority", "Immigration Bureau, Royal Thai Police",
            "decisionReference", "IB " + returnee.order(),
            "offenceType", "fraud",
            "start", BorderPeople.ORDER_DATE.toString(),
            "expiry", BorderPeople.BAN_EXPIRY.toString(),
            "actionOnHit", "refuse-entry",
            "proportionality", "Five years: entered illegally to work in a scam compound"));
  }

  private static Map<String, Object> expulsion(Returnee returnee, String banId) {
    return Map.of(
        "marking",
        SHARED_IN_THAILAND,
        "record",
        Map.of(
            "subject", returnee.person(),
            "orderReference", "TM 35 " + returnee.order(),
            "issuingAuthority", "Immigration Division 2, Tak",
            "legalBasis", "Immigration Act B.E. 2522, section 54",
            "orderDate", BorderPeople.ORDER_DATE.toString(),
            "carriedOut", BorderPeople.ORDER_DATE.plusDays(2).toString(),
            "destination", returnee.nationality(),
            "receivingAuthority", returnee.receivingAuthority(),
            "entryBan", banId));
  }

  /** The TD3 zone of the returnee's passport, check digits computed. */
  static String zone(Returnee returnee) {
    return MrzComposer.compose(
        new MrzDocument(
            MrzFormat.TD3,
            "P",
            returnee.nationality(),
            returnee.passport(),
            returnee.nationality(),
            returnee.birthDate(),
            Sex.MALE,
            LocalDate.parse("2031-05-01"),
            returnee.mrzSurname(),
            returnee.mrzGivenNames(),
            "",
            null,
            List.of()));
  }

  static String describe(JsonNode hit) {
    return hit.path("recordType").asString()
        + " ("
        + hit.path("strength").asString()
        + ", "
        + hit.path("actionOnHit").asString()
        + ")";
  }

  private String key(String agency) {
    String key = keys.get(agency);
    if (key == null) {
      throw new IllegalStateException("the demo agency " + agency + " has no key");
    }
    return key;
  }
}
