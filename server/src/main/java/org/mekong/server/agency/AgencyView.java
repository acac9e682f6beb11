package org.mekong.server.agency;

import org.mekong.core.agency.Agency;

/** An agency as the API shows it. */
public record AgencyView(String id, String name, String country, String kind) {

  static AgencyView of(Agency agency) {
    return new AgencyView(
        agency.id().value(), agency.name(), agency.country().value(), agency.kind().code());
  }
}
