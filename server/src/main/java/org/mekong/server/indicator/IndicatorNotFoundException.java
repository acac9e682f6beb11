package org.mekong.server.indicator;

/** No indicator with that id that the caller may see (the two are not told apart). */
public final class IndicatorNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IndicatorNotFoundException(String id) {
    super("no indicator " + id + " is visible to this agency");
  }
}
