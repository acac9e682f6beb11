package org.mekong.core.casework;

/** What a site is: a scam compound, a crossing or checkpoint, a shelter, a town, an airport. */
public enum SiteKind {
  SCAM_COMPOUND,
  BORDER_CROSSING,
  CHECKPOINT,
  SHELTER,
  DETENTION_CENTRE,
  TOWN,
  AIRPORT,
  OTHER
}
