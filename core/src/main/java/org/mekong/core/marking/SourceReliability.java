package org.mekong.core.marking;

/** How reliable the source is, Europol 4x4 style, from the most to the least reliable. */
public enum SourceReliability {
  /** No doubt about the source's authenticity, trustworthiness or competence. */
  A("always reliable"),
  /** The source has proved reliable in most instances. */
  B("mostly reliable"),
  /** The source has proved unreliable in most instances. */
  C("not reliable"),
  /** The reliability of the source cannot be judged. */
  X("cannot be judged");

  private final String description;

  SourceReliability(String description) {
    this.description = description;
  }

  /** The stable one-letter code, e.g. {@code B}. */
  public String code() {
    return name();
  }

  /** A short description, e.g. {@code mostly reliable}. */
  public String description() {
    return description;
  }

  /** The weaker (less assured) of two grades; {@link #X} is the weakest. */
  public static SourceReliability weaker(SourceReliability a, SourceReliability b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
