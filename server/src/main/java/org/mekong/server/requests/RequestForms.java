package org.mekong.server.requests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mekong.core.requests.Urgency;
import org.mekong.server.agency.Caller;
import org.mekong.server.config.NodeConfig;
import org.springframework.stereotype.Service;

/**
 * The console's requests with their own payloads: cutting service to a compound (its cell sites, IP
 * ranges and satellite terminals, one a line) and handing over a person, read into the same body
 * and checked by the same {@link RequestInput} as {@code POST /api/v1/requests}.
 */
@Service
public class RequestForms {

  /** A cut-service request typed in the console; {@code services} the boxes ticked. */
  public record NewCutService(
      @Nullable String recipient,
      @Nullable String urgency,
      @Nullable String subject,
      @Nullable String details,
      @Nullable String legalBasis,
      @Nullable String area,
      @Nullable List<String> services,
      @Nullable String cellSites,
      @Nullable String ipRanges,
      @Nullable String satelliteTerminals) {}

  /** A handover request typed in the console: the person and the place of the handover. */
  public record NewHandover(
      @Nullable String recipient,
      @Nullable String urgency,
      @Nullable String subject,
      @Nullable String details,
      @Nullable String legalBasis,
      @Nullable String name,
      @Nullable String birthDate,
      @Nullable String nationality,
      @Nullable String documentNumber,
      @Nullable String reference,
      @Nullable String place) {}

  /** The services a cut-service request may name, as codes. */
  public static final List<String> SERVICES = List.of("power", "internet", "mobile", "fuel");

  private final RequestDesk desk;
  private final NodeConfig config;

  RequestForms(RequestDesk desk, NodeConfig config) {
    this.desk = desk;
    this.config = config;
  }

  /** The time to answer at each urgency (code → duration), as the node is configured. */
  public Map<String, Duration> timesToAnswer() {
    Map<String, Duration> times = new LinkedHashMap<>();
    for (Urgency urgency : List.of(Urgency.URGENT, Urgency.HIGH, Urgency.NORMAL)) {
      times.put(urgency.code(), config.requests().deadlines().timeToAnswer(urgency));
    }
    return times;
  }

  /** Sends a cut-service request from the caller's agency as the API does. */
  public RequestView cutService(Caller caller, NewCutService f) {
    List<String> services = f.services() == null ? List.of() : f.services();
    RequestInput.Payload payload =
        new RequestInput.Payload(
            null,
            null,
            null,
            null,
            null,
            given(f.area()),
            services,
            lines(f.cellSites()),
            lines(f.ipRanges()),
            lines(f.satelliteTerminals()),
            null,
            null,
            null);
    return send(
        caller,
        "cut-service",
        f.recipient(),
        f.urgency(),
        f.subject(),
        f.details(),
        f.legalBasis(),
        payload);
  }

  /** Sends a handover request from the caller's agency as the API does. */
  public RequestView handover(Caller caller, NewHandover f) {
    RequestInput.Person person =
        new RequestInput.Person(
            given(f.name()),
            given(f.birthDate()),
            given(f.nationality()),
            given(f.documentNumber()),
            given(f.reference()));
    RequestInput.Payload payload =
        new RequestInput.Payload(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            person,
            given(f.place()));
    return send(
        caller,
        "handover",
        f.recipient(),
        f.urgency(),
        f.subject(),
        f.details(),
        f.legalBasis(),
        payload);
  }

  private RequestView send(
      Caller caller,
      String kind,
      @Nullable String recipient,
      @Nullable String urgency,
      @Nullable String subject,
      @Nullable String details,
      @Nullable String legalBasis,
      RequestInput.Payload payload) {
    RequestInput.Create body =
        new RequestInput.Create(
            given(recipient),
            kind,
            given(urgency),
            given(subject),
            given(details),
            given(legalBasis),
            payload);
    return desk.send(caller.requireAgency(), RequestInput.newRequest(body));
  }

  private static List<String> lines(@Nullable String text) {
    return text == null
        ? List.of()
        : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static @Nullable String given(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
