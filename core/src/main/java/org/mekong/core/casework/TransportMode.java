package org.mekong.core.casework;

/** How the people of a manifest travel. */
public enum TransportMode {
  ON_FOOT,
  ROAD,
  FLIGHT,
  BOAT,
  RAIL,
  OTHER
}
