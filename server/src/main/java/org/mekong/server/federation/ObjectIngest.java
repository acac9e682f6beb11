package org.mekong.server.federation;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.indicator.Indicator;
import org.mekong.core.indicator.IndicatorId;
import org.mekong.core.marking.Marking;
import org.mekong.core.marking.MarkingCheck;
import org.mekong.core.marking.Tlp;
import org.mekong.core.stix.CaseworkObject;
import org.mekong.core.stix.CaseworkStixType;
import org.mekong.core.stix.Imported;
import org.mekong.core.stix.ImportedIndicator;
import org.mekong.core.stix.LegalObject;
import org.mekong.core.stix.LegalStixType;
import org.mekong.core.stix.RequestObject;
import org.mekong.core.stix.RequestStixType;
import org.mekong.core.stix.StixCasework;
import org.mekong.core.stix.StixIdentities;
import org.mekong.core.stix.StixImport;
import org.mekong.core.stix.StixLegal;
import org.mekong.core.stix.StixRequests;
import tools.jackson.databind.JsonNode;

/**
 * The rules for one STIX object of a partner's page, without storage: an indicator in Mekong's
 * form, a legal record, a request or a response, or a casework record of Mekong's own types whose
 * originator is a partner node's agency known here becomes a version to store; anything else is
 * refused with a reason or, for the definitions and identities that come with indicators, ignored.
 */
final class ObjectIngest {

  /** STIX types that accompany indicators and are skipped without a refusal. */
  private static final Set<String> IGNORED =
      Set.of("identity", "marking-definition", "extension-definition");

  /**
   * An agency this node knows: its id and, for a partner node's agency, the node.
   *
   * @param node null for this node's own agencies
   */
  record Member(AgencyId id, @Nullable String node) {}

  /** The agencies this node knows, by their STIX identity id. */
  record Directory(Map<String, Member> byIdentity) {
    Directory {
      byIdentity = Map.copyOf(byIdentity);
    }

    static Directory of(Iterable<Member> members) {
      Map<String, Member> byIdentity = new HashMap<>();
      for (Member member : members) {
        byIdentity.put(StixIdentities.of(member.id()), member);
      }
      return new Directory(byIdentity);
    }
  }

  /** What to do with one object. */
  sealed interface Verdict
      permits Accept, AcceptLegal, AcceptRequest, AcceptCasework, Refuse, Ignore {}

  /** Store this version; {@code originNode} is its originator's node. */
  record Accept(Indicator version, String originNode) implements Verdict {}

  /** Store this legal record version; {@code originNode} is its originator's node. */
  record AcceptLegal(LegalObject version, String originNode) implements Verdict {}

  /** Store this request or response version; {@code originNode} is its author's node. */
  record AcceptRequest(RequestObject version, String originNode) implements Verdict {}

  /** Store this casework version; {@code originNode} is its originator's node. */
  record AcceptCasework(CaseworkObject version, String originNode) implements Verdict {}

  /** Do not store it, for this reason. */
  record Refuse(RefusalReason reason, String detail) implements Verdict {}

  /** Skip it silently (identities and definitions). */
  record Ignore() implements Verdict {}

  private ObjectIngest() {}

  /**
   * The verdict on {@code object}, pulled from partner node {@code partner} by the local agency
   * {@code puller}.
   */
  static Verdict judge(JsonNode object, Directory directory, AgencyId puller, String partner) {
    if (!object.isObject()) {
      return new Refuse(RefusalReason.INVALID_OBJECT, "not a JSON object");
    }
    JsonNode typeNode = object.path("type");
    String type = typeNode.isString() ? typeNode.asString() : "";
    if (IGNORED.contains(type)) {
      return new Ignore();
    }
    if (LegalStixType.ofType(type).isPresent()) {
      return switch (StixLegal.read(object)) {
        case StixLegal.Valid valid -> legal(valid, directory, puller, partner);
        case StixLegal.Invalid invalid ->
            new Refuse(RefusalReason.INVALID_OBJECT, invalid.reason());
      };
    }
    if (RequestStixType.ofType(type).isPresent()) {
      return switch (StixRequests.read(object)) {
        case StixRequests.Valid valid -> request(valid, directory);
        case StixRequests.Invalid invalid ->
            new Refuse(RefusalReason.INVALID_OBJECT, invalid.reason());
      };
    }
    if (CaseworkStixType.ofType(type).isPresent()) {
      return switch (StixCasework.read(object)) {
        case StixCasework.Valid valid -> casework(valid, directory, puller, partner);
        case StixCasework.Invalid invalid ->
            new Refuse(RefusalReason.INVALID_OBJECT, invalid.reason());
      };
    }
    if (!type.equals("indicator")) {
      return new Refuse(
          RefusalReason.UNSUPPORTED_TYPE,
          type.isEmpty()
              ? "no type: not a STIX object"
              : "federation carries indicators and Mekong's legal records, requests and casework"
                  + " records, not "
                  + type);
    }
    return switch (StixImport.object(object)) {
      case Imported.Accepted accepted ->
          indicator(accepted.indicator(), directory, puller, partner);
      case Imported.Refused refused -> new Refuse(RefusalReason.INVALID_OBJECT, refused.reason());
      case Imported.Ignored ignored ->
          new Refuse(RefusalReason.UNSUPPORTED_TYPE, "not an indicator: " + ignored.type());
    };
  }

  /**
   * A legal record version under the same rules as an indicator's: a partner node's agency known
   * here as originator, TLP:RED only when it names the puller, and relayed only where onward
   * sharing is allowed.
   */
  private static Verdict legal(
      StixLegal.Valid read, Directory directory, AgencyId puller, String partner) {
    Member originator = directory.byIdentity().get(read.createdByRef());
    if (originator == null) {
      return new Refuse(
          RefusalReason.UNKNOWN_ORIGINATOR,
          "created_by_ref " + read.createdByRef() + " is no agency known here");
    }
    String node = originator.node();
    if (node == null) {
      return new Refuse(
          RefusalReason.OWN_OBJECT, originator.id().value() + " is an agency of this node");
    }
    Marking marking = read.marking();
    if (marking.tlp() == Tlp.RED && !marking.names(puller)) {
      return new Refuse(
          RefusalReason.NOT_ADDRESSED, "TLP:RED that does not name " + puller.value());
    }
    if (!node.equals(partner) && !marking.onwardSharingAllowed()) {
      return new Refuse(
          RefusalReason.INVALID_OBJECT,
          "relayed by "
              + partner
              + " from an agency of "
              + node
              + ", but its marking forbids onward sharing");
    }
    return new AcceptLegal(read.object(originator.id()), node);
  }

  /** A request or response version whose author is a partner node's agency known here. */
  private static Verdict request(StixRequests.Valid read, Directory directory) {
    Member author = directory.byIdentity().get(read.createdByRef());
    if (author == null) {
      return new Refuse(
          RefusalReason.UNKNOWN_ORIGINATOR,
          "created_by_ref " + read.createdByRef() + " is no agency known here");
    }
    String node = author.node();
    if (node == null) {
      return new Refuse(
          RefusalReason.OWN_OBJECT, author.id().value() + " is an agency of this node");
    }
    return new AcceptRequest(read.object(author.id()), node);
  }

  /**
   * A casework version: its originator a partner node's agency known here, sent by that agency's
   * node itself (casework is never relayed), and addressed to the puller.
   */
  private static Verdict casework(
      StixCasework.Valid read, Directory directory, AgencyId puller, String partner) {
    Member originator = directory.byIdentity().get(read.createdByRef());
    if (originator == null) {
      return new Refuse(
          RefusalReason.UNKNOWN_ORIGINATOR,
          "created_by_ref " + read.createdByRef() + " is no agency known here");
    }
    String node = originator.node();
    if (node == null) {
      return new Refuse(
          RefusalReason.OWN_OBJECT, originator.id().value() + " is an agency of this node");
    }
    if (!read.audience().contains(puller)) {
      return new Refuse(
          RefusalReason.NOT_ADDRESSED, "its audience does not name " + puller.value());
    }
    if (!node.equals(partner)) {
      return new Refuse(
          RefusalReason.INVALID_OBJECT,
          "relayed by " + partner + " from an agency of " + node + ": casework is never relayed");
    }
    return new AcceptCasework(read.object(originator.id()), node);
  }

  private static Verdict indicator(
      ImportedIndicator read, Directory directory, AgencyId puller, String partner) {
    Integer version = read.version();
    if (version == null) {
      return new Refuse(
          RefusalReason.INVALID_OBJECT,
          "not in Mekong's form: no version in Mekong's indicator extension");
    }
    String creator = read.createdByRef();
    if (creator == null) {
      return new Refuse(RefusalReason.UNKNOWN_ORIGINATOR, "no created_by_ref");
    }
    Member originator = directory.byIdentity().get(creator);
    if (originator == null) {
      return new Refuse(
          RefusalReason.UNKNOWN_ORIGINATOR,
          "created_by_ref " + creator + " is no agency known here");
    }
    String node = originator.node();
    if (node == null) {
      return new Refuse(
          RefusalReason.OWN_OBJECT, originator.id().value() + " is an agency of this node");
    }
    Marking marking;
    switch (read.marking()) {
      case MarkingCheck.Valid valid -> marking = valid.marking();
      case MarkingCheck.Invalid invalid -> {
        return new Refuse(RefusalReason.INVALID_OBJECT, invalid.reason());
      }
    }
    if (marking.tlp() == Tlp.RED && !marking.names(puller)) {
      return new Refuse(
          RefusalReason.NOT_ADDRESSED, "TLP:RED that does not name " + puller.value());
    }
    if (!node.equals(partner) && !marking.onwardSharingAllowed()) {
      return new Refuse(
          RefusalReason.INVALID_OBJECT,
          "relayed by "
              + partner
              + " from an agency of "
              + node
              + ", but its marking forbids onward sharing");
    }
    if (!IndicatorId.isValid(read.stixId())) {
      return new Refuse(RefusalReason.INVALID_OBJECT, "not an indicator id: " + read.stixId());
    }
    try {
      return new Accept(
          new Indicator(
              new IndicatorId(read.stixId()),
              read.selector(),
              read.categories(),
              read.confidence(),
              marking,
              originator.id(),
              read.validFrom(),
              read.validUntil(),
              read.description(),
              read.externalReferences(),
              read.created(),
              read.modified(),
              version,
              read.revoked()),
          node);
    } catch (IllegalArgumentException e) {
      return new Refuse(RefusalReason.INVALID_OBJECT, String.valueOf(e.getMessage()));
    }
  }
}
