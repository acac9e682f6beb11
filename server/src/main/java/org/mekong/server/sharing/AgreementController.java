package org.mekong.server.sharing;

import static org.mekong.server.agency.CallerKind.ADMIN;
import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.FINANCIAL_INTELLIGENCE;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;
import static org.mekong.server.agency.CallerKind.REMOTE_AGENCY;
import static org.mekong.server.agency.CallerKind.SCREENING_CLIENT;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.category.Category;
import org.mekong.core.marking.Tlp;
import org.mekong.core.sharing.AgreementCheck;
import org.mekong.core.sharing.SharingAgreement;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sharing agreements: the operator sets them; the operator and this node's authorities read them
 * all, a screening client or a partner node's agency only those that name it.
 */
@RestController
class AgreementController {

  /** An agreement as the API shows and takes it. */
  record AgreementView(
      @Nullable String from,
      @Nullable String to,
      @Nullable List<String> categories,
      @Nullable String upTo) {

    static AgreementView of(SharingAgreement agreement) {
      return new AgreementView(
          agreement.from().value(),
          agreement.to().value(),
          agreement.categories().stream().map(Category::code).sorted().toList(),
          agreement.upTo().code());
    }
  }

  private final SharingPolicies policies;
  private final AgencyDirectory agencies;

  AgreementController(SharingPolicies policies, AgencyDirectory agencies) {
    this.policies = policies;
    this.agencies = agencies;
  }

  @Serves({
    ADMIN,
    LAW_ENFORCEMENT,
    IMMIGRATION,
    CONSULAR,
    FINANCIAL_INTELLIGENCE,
    SCREENING_CLIENT,
    REMOTE_AGENCY
  })
  @GetMapping("/api/v1/agreements")
  List<AgreementView> agreements(@AuthenticationPrincipal Caller caller) {
    Agency self = caller.agency();
    if (self == null || caller.kind().isOwnAuthority()) {
      return policies.agreements().stream().map(AgreementView::of).toList();
    }
    AgencyId id = self.id();
    return policies.agreements().stream()
        .filter(agreement -> agreement.to().equals(id) || agreement.from().equals(id))
        .map(AgreementView::of)
        .toList();
  }

  @Serves(ADMIN)
  @PostMapping("/api/v1/admin/agreements")
  @ResponseStatus(HttpStatus.CREATED)
  AgreementView put(@RequestBody AgreementView request) {
    String from = require("from", request.from());
    String to = require("to", request.to());
    for (var field : List.of(List.of("from", from), List.of("to", to))) {
      if (agencies.find(field.get(1)).isEmpty()) {
        throw new BadRequestException(
            field.get(0), "names no agency of this node: " + field.get(1));
      }
    }
    if (agencies.registered(from).filter(AgencyDirectory.Registered::isRemote).isPresent()) {
      throw new BadRequestException(
          "from", "is a partner node's agency; it shares through the agreements of its own node");
    }
    Optional<Tlp> upTo = Optional.empty();
    if (request.upTo() != null) {
      upTo = Tlp.fromCode(request.upTo());
      if (upTo.isEmpty()) {
        throw new BadRequestException("upTo", "must be amber or amber+strict");
      }
    }
    List<String> categories = request.categories() == null ? List.of() : request.categories();
    return switch (SharingAgreement.check(new AgencyId(from), new AgencyId(to), categories, upTo)) {
      case AgreementCheck.Valid valid -> AgreementView.of(policies.put(valid.agreement()));
      case AgreementCheck.Invalid invalid ->
          throw new BadRequestException("agreement", invalid.reason());
    };
  }

  private static String require(String field, @Nullable String value) {
    if (value == null || value.isBlank()) {
      throw new BadRequestException(field, "is required");
    }
    return value;
  }
}
