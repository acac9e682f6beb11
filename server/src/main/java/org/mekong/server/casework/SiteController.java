package org.mekong.server.casework;

import static org.mekong.server.agency.CallerKind.CONSULAR;
import static org.mekong.server.agency.CallerKind.IMMIGRATION;
import static org.mekong.server.agency.CallerKind.LAW_ENFORCEMENT;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.CountryCode;
import org.mekong.core.casework.Codes;
import org.mekong.core.casework.Coordinates;
import org.mekong.core.casework.Site;
import org.mekong.core.casework.SiteId;
import org.mekong.core.casework.SiteKind;
import org.mekong.server.agency.Caller;
import org.mekong.server.agency.Serves;
import org.mekong.server.audit.AuditContext;
import org.mekong.server.web.BadRequestException;
import org.mekong.server.web.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sites: scam compounds, crossings, checkpoints and shelters, with aliases and coordinates. */
@RestController
@Serves({LAW_ENFORCEMENT, IMMIGRATION, CONSULAR})
class SiteController {

  /** A site as the API takes and shows it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SiteJson(
      @Nullable String id,
      @Nullable String name,
      @Nullable List<String> aliases,
      @Nullable String kind,
      @Nullable String country,
      @Nullable CoordinatesJson coordinates) {}

  /** WGS 84 degrees. */
  record CoordinatesJson(@Nullable Double latitude, @Nullable Double longitude) {}

  /** Sites. */
  record Sites(List<SiteJson> items) {}

  private final JdbcClient jdbc;

  SiteController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @PostMapping("/api/v1/casework/sites")
  @ResponseStatus(HttpStatus.CREATED)
  SiteJson create(
      @AuthenticationPrincipal Caller caller, @RequestBody SiteJson body, HttpServletRequest http) {
    String country = Ids.required("country", body.country(), 2).toUpperCase(Locale.ROOT);
    if (!CountryCode.isValid(country)) {
      throw new BadRequestException(
          "country", "must be an ISO 3166-1 alpha-2 code such as MM or TH");
    }
    Coordinates at = null;
    if (body.coordinates() != null) {
      CoordinatesJson c = body.coordinates();
      if (c.latitude() == null || c.longitude() == null) {
        throw new BadRequestException("coordinates", "need a latitude and a longitude");
      }
      at = new Coordinates(c.latitude(), c.longitude());
    }
    List<String> aliases = body.aliases() == null ? List.of() : body.aliases();
    for (int i = 0; i < aliases.size(); i++) {
      Ids.required("aliases[" + i + "]", aliases.get(i), Site.MAX_NAME);
    }
    if (aliases.size() > 50) {
      throw new BadRequestException("aliases", "holds more than 50 aliases");
    }
    Site site =
        new Site(
            new SiteId(UUID.randomUUID()),
            Ids.required("name", body.name(), Site.MAX_NAME),
            aliases.stream().map(String::strip).toList(),
            Codes.parse(SiteKind.class, "kind", Ids.required("kind", body.kind(), 40)),
            new CountryCode(country),
            at);
    SiteJson json = json(site);
    jdbc.sql("INSERT INTO casework_site (id, created_by, record) VALUES (?, ?, ?::jsonb)")
        .params(
            site.id().value(),
            caller.requireAgency().id().value(),
            PersonStore.JSON.writeValueAsString(json))
        .update();
    AuditContext.describe(http, "site", site.id().toString());
    return json;
  }

  @GetMapping("/api/v1/casework/sites/{id}")
  SiteJson read(@PathVariable String id) {
    UUID siteId = Ids.uuid("id", id);
    return find(jdbc, siteId).orElseThrow(() -> new CaseworkNotFoundException("site", id));
  }

  @GetMapping("/api/v1/casework/sites")
  Sites list(@RequestParam(required = false) @Nullable String name) {
    String filter = Parameters.text("name", name, Site.MAX_NAME);
    List<SiteJson> all =
        jdbc.sql("SELECT record FROM casework_site ORDER BY record->>'name'")
            .query((rs, row) -> PersonStore.JSON.readValue(rs.getString(1), SiteJson.class))
            .list();
    if (filter == null) {
      return new Sites(all);
    }
    String wanted = filter.strip().toLowerCase(Locale.ROOT);
    return new Sites(
        all.stream()
            .filter(
                s ->
                    java.util.stream.Stream.concat(
                            java.util.stream.Stream.of(String.valueOf(s.name())),
                            s.aliases() == null
                                ? java.util.stream.Stream.empty()
                                : s.aliases().stream())
                        .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(wanted)))
            .toList());
  }

  static java.util.Optional<SiteJson> find(JdbcClient jdbc, UUID id) {
    return jdbc.sql("SELECT record FROM casework_site WHERE id = ?")
        .param(id)
        .query((rs, row) -> PersonStore.JSON.readValue(rs.getString(1), SiteJson.class))
        .optional();
  }

  private static SiteJson json(Site site) {
    return new SiteJson(
        site.id().toString(),
        site.name(),
        site.aliases(),
        Codes.of(site.kind()),
        site.country().value(),
        site.coordinates() == null
            ? null
            : new CoordinatesJson(site.coordinates().latitude(), site.coordinates().longitude()));
  }
}
