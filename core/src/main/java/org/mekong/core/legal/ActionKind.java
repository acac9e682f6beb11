package org.mekong.core.legal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a legal action is, from arrest to the forfeiture of assets. */
public enum ActionKind {
  ARREST("arrest"),
  CHARGE("charge"),
  PROSECUTION("prosecution"),
  CONVICTION("conviction"),
  ACQUITTAL("acquittal"),
  SENTENCE("sentence"),
  ASSET_SEIZURE("asset-seizure"),
  ASSET_FORFEITURE("asset-forfeiture");

  private final String code;

  ActionKind(String code) {
    this.code = code;
  }

  /** The code the API uses, e.g. {@code asset-seizure}. */
  public String code() {
    return code;
  }

  /** Whether the action is a judgement of a court. */
  public boolean judgement() {
    return switch (this) {
      case CONVICTION, ACQUITTAL -> true;
      case ARREST, CHARGE, PROSECUTION, SENTENCE, ASSET_SEIZURE, ASSET_FORFEITURE -> false;
    };
  }

  /** Whether the action concerns assets rather than the subject's liberty. */
  public boolean onAssets() {
    return switch (this) {
      case ASSET_SEIZURE, ASSET_FORFEITURE -> true;
      case ARREST, CHARGE, PROSECUTION, CONVICTION, ACQUITTAL, SENTENCE -> false;
    };
  }

  /** The kind with this code. */
  public static Optional<ActionKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  /** The codes, comma-separated, for messages. */
  public static String codes() {
    return Arrays.stream(values()).map(ActionKind::code).collect(Collectors.joining(", "));
  }
}
