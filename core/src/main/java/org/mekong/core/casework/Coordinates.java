package org.mekong.core.casework;

import org.mekong.core.input.InvalidInputException;

/** A point on the WGS 84 ellipsoid: latitude in -90..90 and longitude in -180..180 degrees. */
public record Coordinates(double latitude, double longitude) {

  public Coordinates {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new InvalidInputException(
          "coordinates",
          "must have a latitude in -90..90 and a longitude in -180..180, were "
              + latitude
              + ", "
              + longitude);
    }
  }
}
