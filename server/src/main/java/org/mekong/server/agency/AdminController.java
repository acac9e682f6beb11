package org.mekong.server.agency;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.agency.CountryCode;
import org.mekong.server.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The node operator's API: agencies and their keys. Only admin keys reach it. */
@RestController
@RequestMapping("/api/v1/admin")
@Serves(CallerKind.ADMIN)
class AdminController {

  /** A request to add an agency. */
  record NewAgency(
      @Nullable String id,
      @Nullable String name,
      @Nullable String country,
      @Nullable String kind,
      @Nullable String node) {}

  /** A request to issue a key. */
  record NewKey(@Nullable String label) {}

  /** A key as issued: the secret is shown this once. */
  record KeyView(String keyId, @Nullable String agencyId, boolean admin, String apiKey) {
    static KeyView of(IssuedKey key) {
      return new KeyView(key.keyId().toString(), key.agencyId(), key.admin(), key.secret().value());
    }
  }

  private final AgencyDirectory directory;

  AdminController(AgencyDirectory directory) {
    this.directory = directory;
  }

  @PostMapping("/agencies")
  @ResponseStatus(HttpStatus.CREATED)
  AgencyView createAgency(@RequestBody NewAgency request) {
    String node = request.node();
    if (node != null && !AgencyDirectory.isNodeName(node)) {
      throw new BadRequestException(
          "node",
          "must be a partner node's name: 2-32 lower-case letters, digits or hyphens starting"
              + " with a letter");
    }
    Agency agency = validate(request);
    if (node != null && agency.kind() == AgencyKind.SCREENING_CLIENT) {
      throw new BadRequestException(
          "kind", "a partner node's screening clients screen on their own node, not here");
    }
    return AgencyView.of(directory.create(agency, node), node);
  }

  @GetMapping("/agencies")
  List<AgencyView> agencies() {
    return AgencyView.all(directory);
  }

  @PostMapping("/agencies/{agencyId}/keys")
  @ResponseStatus(HttpStatus.CREATED)
  KeyView issueKey(
      @PathVariable String agencyId, @RequestBody(required = false) @Nullable NewKey request) {
    String label = request == null || request.label() == null ? "api" : request.label();
    if (label.length() > 100) {
      throw new BadRequestException("label", "must be at most 100 characters");
    }
    return KeyView.of(directory.issueKey(agencyId, label));
  }

  @PostMapping("/keys/{keyId}/revoke")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revokeKey(@PathVariable UUID keyId) {
    directory.revokeKey(keyId);
  }

  @PostMapping("/keys/{keyId}/rotate")
  @ResponseStatus(HttpStatus.CREATED)
  KeyView rotateKey(@PathVariable UUID keyId) {
    return KeyView.of(directory.rotateKey(keyId));
  }

  private static Agency validate(NewAgency request) {
    String id = require("id", request.id());
    if (!AgencyId.isValid(id)) {
      throw new BadRequestException(
          "id", "must be 2-64 lower-case letters, digits or hyphens starting with a letter");
    }
    String name = require("name", request.name());
    if (name.isBlank() || name.length() > 200) {
      throw new BadRequestException("name", "must be 1-200 characters");
    }
    String country = require("country", request.country());
    if (!CountryCode.isValid(country)) {
      throw new BadRequestException("country", "must be an ISO 3166-1 alpha-2 code such as TH");
    }
    String kindCode = require("kind", request.kind());
    AgencyKind kind =
        AgencyKind.fromCode(kindCode)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "kind",
                        "must be one of law-enforcement, immigration, consular,"
                            + " financial-intelligence, screening-client"));
    return new Agency(new AgencyId(id), name, new CountryCode(country), kind);
  }

  private static String require(String field, @Nullable String value) {
    if (value == null) {
      throw new BadRequestException(field, "is required");
    }
    return value;
  }
}
