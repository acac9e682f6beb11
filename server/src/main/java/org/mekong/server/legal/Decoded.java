package org.mekong.server.legal;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.mekong.core.legal.EntryBan;
import org.mekong.core.legal.Expulsion;
import org.mekong.core.legal.LegalAction;
import org.mekong.core.legal.Notice;
import org.mekong.core.legal.Person;
import tools.jackson.databind.JsonNode;

/** A stored body read back into its core record, one case per kind. */
sealed interface Decoded {

  record Action(LegalAction record) implements Decoded {}

  record Order(Expulsion record) implements Decoded {}

  record Ban(EntryBan record) implements Decoded {}

  record Note(Notice record) implements Decoded {}

  static Decoded of(LegalKind kind, JsonNode body) {
    return switch (kind) {
      case LEGAL_ACTION ->
          new Action(
              LegalInput.action(LegalStore.JSON.treeToValue(body, LegalJson.ActionJson.class)));
      case EXPULSION ->
          new Order(
              LegalInput.expulsion(
                  LegalStore.JSON.treeToValue(body, LegalJson.ExpulsionJson.class)));
      case ENTRY_BAN ->
          new Ban(LegalInput.ban(LegalStore.JSON.treeToValue(body, LegalJson.BanJson.class)));
      case NOTICE ->
          new Note(
              LegalInput.notice(LegalStore.JSON.treeToValue(body, LegalJson.NoticeJson.class)));
    };
  }

  /** The record's JSON body. */
  default JsonNode body() {
    Object json =
        switch (this) {
          case Action a -> LegalOutput.action(a.record());
          case Order o -> LegalOutput.expulsion(o.record());
          case Ban b -> LegalOutput.ban(b.record());
          case Note n -> LegalOutput.notice(n.record());
        };
    return LegalStore.JSON.valueToTree(json);
  }

  /** Where the record stands today. */
  default String standing(Clock clock) {
    return switch (this) {
      case Action a -> a.record().status().code();
      case Order o -> o.record().carriedOutYet() ? "carried-out" : "ordered";
      case Ban b -> b.record().standing(clock).code();
      case Note n -> n.record().standing(clock).code();
    };
  }

  /** The person a border check may find in it, or null. */
  default @Nullable Person person() {
    return switch (this) {
      case Action a -> a.record().subject() instanceof Person p ? p : null;
      case Order o -> o.record().subject();
      case Ban b -> b.record().subject();
      case Note n -> n.record().person();
    };
  }
}
