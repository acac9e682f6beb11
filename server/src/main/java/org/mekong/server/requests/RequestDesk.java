package org.mekong.server.requests;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mekong.core.agency.Agency;
import org.mekong.core.agency.AgencyId;
import org.mekong.core.agency.AgencyKind;
import org.mekong.core.input.FreeText;
import org.mekong.core.input.InvalidInputException;
import org.mekong.core.requests.RequestAction;
import org.mekong.core.requests.RequestKind;
import org.mekong.core.requests.RequestPayload;
import org.mekong.core.requests.RequestStatus;
import org.mekong.core.requests.Target;
import org.mekong.core.requests.Transition;
import org.mekong.core.requests.Urgency;
import org.mekong.server.agency.AgencyDirectory;
import org.mekong.server.agency.Caller;
import org.mekong.server.config.NodeConfig;
import org.mekong.server.web.BadRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where requests are sent, read and answered: the sender and the recipient (and the admin) see a
 * request, only the recipient moves it, and its deadline follows its urgency under the node's
 * {@link org.mekong.core.requests.DeadlinePolicy}. A request to a partner node's agency is
 * published for that node; the steps taken here on a request received from a partner are published
 * for the sender's node.
 */
@Service
public class RequestDesk {

  /** The longest page of requests. */
  static final int MAX_PAGE = 500;

  /**
   * A request to send.
   *
   * @param recipient the agency asked, one this node knows
   * @param subject a one-line subject, 1-300 characters
   * @param details more words, up to 10,000 characters; may be empty
   * @param legalBasis the law or agreement the request rests on, up to 2,000 characters; may be
   *     empty
   */
  public record NewRequest(
      AgencyId recipient,
      Urgency urgency,
      String subject,
      String details,
      String legalBasis,
      RequestPayload payload) {
    public NewRequest {
      requireNonNull(recipient, "recipient");
      requireNonNull(urgency, "urgency");
      requireNonNull(payload, "payload");
      subject = text("subject", subject, 300, true);
      details = text("details", details, 10_000, false);
      legalBasis = text("legalBasis", legalBasis, 2_000, false);
    }
  }

  private final RequestStore store;
  private final RequestPublisher publisher;
  private final AgencyDirectory agencies;
  private final NodeConfig config;
  private final Clock clock;
  private final TransactionTemplate transaction;

  RequestDesk(
      RequestStore store,
      RequestPublisher publisher,
      AgencyDirectory agencies,
      NodeConfig config,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.store = store;
    this.publisher = publisher;
    this.agencies = agencies;
    this.config = config;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Sends a request from {@code sender}; its deadline starts now. */
  public RequestView send(Agency sender, NewRequest request) {
    String recipientId = request.recipient().value();
    AgencyDirectory.Registered recipient =
        agencies
            .registered(recipientId)
            .orElseThrow(
                () ->
                    new BadRequestException(
                        "recipient", "names no agency this node knows: '" + recipientId + "'"));
    if (recipient.agency().id().equals(sender.id())) {
      throw new BadRequestException("recipient", "is the sender itself");
    }
    if (request.payload().kind() == RequestKind.HANDOVER
        && recipient.agency().kind() == AgencyKind.SCREENING_CLIENT) {
      throw new BadRequestException(
          "recipient",
          "'" + recipientId + "' is a screening client; a handover goes to an authority");
    }
    Instant now = now();
    RequestStore.Stored stored =
        new RequestStore.Stored(
            UUID.randomUUID(),
            sender.id().value(),
            recipientId,
            request.payload().kind(),
            request.urgency(),
            request.subject(),
            request.details(),
            request.legalBasis(),
            RequestJson.payload(request.payload()),
            request.payload().targets().stream().map(Target::key).toList(),
            config.requests().deadlines().timeline(request.urgency(), now),
            RequestStatus.SENT,
            now,
            recipient.node(),
            null,
            null,
            0);
    transaction.executeWithoutResult(
        tx -> {
          store.insert(stored);
          if (stored.recipientNode() != null) {
            publisher.request(stored);
          }
        });
    return view(stored);
  }

  /** The request if the caller sent or received it, or is the admin. */
  RequestView get(Caller caller, UUID id) {
    return view(visible(caller, store.find(id, false), id));
  }

  /** What the request asks the recipient to act on, each as {@code type:canonical}. */
  List<String> targets(Caller caller, UUID id) {
    return visible(caller, store.find(id, false), id).targets();
  }

  /** Requests the caller sent and/or received, newest first; every request for the admin. */
  List<RequestView> list(
      Caller caller,
      boolean sent,
      boolean received,
      @Nullable RequestKind kind,
      @Nullable RequestStatus status,
      @Nullable Boolean overdue,
      @Nullable Instant dueBefore,
      int limit) {
    String agency = caller.isAdmin() ? null : caller.requireAgency().id().value();
    var filter =
        new RequestStore.Filter(
            agency, sent, received, kind, status, overdue, dueBefore, now(), limit);
    return store.list(filter).stream().map(this::view).toList();
  }

  /** The recipient's step on a request: acknowledge, answer in part or in full, refuse, confirm. */
  RequestView act(Caller caller, UUID id, RequestAction action) {
    Agency agency = caller.requireAgency();
    RequestStore.Stored done =
        transaction.execute(
            tx -> {
              RequestStore.Stored request = visible(caller, store.find(id, true), id);
              if (!request.recipient().equals(agency.id().value())) {
                throw new NotTheRecipientException(id.toString(), request.recipient());
              }
              RequestStatus to =
                  switch (request.status().after(action, request.kind())) {
                    case Transition.Moved moved -> moved.to();
                    case Transition.Illegal illegal ->
                        throw new RequestConflictException(
                            id.toString(), action.code(), illegal.reason());
                  };
              if (action instanceof RequestAction.ConfirmExecution confirm) {
                requireRequested(request, confirm);
              }
              store.step(
                  id, now(), agency.id().value(), action.code(), to, RequestJson.step(action));
              RequestStore.Stored stepped = store.find(id, false).orElseThrow();
              if (stepped.originNode() != null) {
                publisher.response(stepped);
              }
              return stepped;
            });
    return view(requireNonNull(done, "the transaction returned nothing"));
  }

  private static void requireRequested(
      RequestStore.Stored request, RequestAction.ConfirmExecution confirm) {
    requireRequested(request, "executed", confirm.execution().executed());
    requireRequested(request, "notExecuted", confirm.execution().notExecuted());
  }

  private static void requireRequested(
      RequestStore.Stored request, String field, List<Target> items) {
    for (int i = 0; i < items.size(); i++) {
      String key = items.get(i).key();
      if (!request.targets().contains(key)) {
        throw new BadRequestException(
            field + "[" + i + "]", "names " + key + ", which the request does not ask for");
      }
    }
  }

  private static RequestStore.Stored visible(
      Caller caller, java.util.Optional<RequestStore.Stored> found, UUID id) {
    RequestStore.Stored request =
        found.orElseThrow(() -> new RequestNotFoundException(id.toString()));
    if (caller.isAdmin()) {
      return request;
    }
    String agency = caller.requireAgency().id().value();
    if (caller.isRemote()
        || !(request.sender().equals(agency) || request.recipient().equals(agency))) {
      throw new RequestNotFoundException(id.toString());
    }
    return request;
  }

  private RequestView view(RequestStore.Stored r) {
    boolean overdue = r.timeline().overdue(r.status(), now());
    return new RequestView(
        r.id().toString(),
        r.sender(),
        r.recipient(),
        r.kind().code(),
        r.urgency().code(),
        r.subject(),
        r.details(),
        r.legalBasis(),
        r.payload(),
        overdue ? RequestStatus.OVERDUE : r.status().code(),
        r.status().code(),
        overdue,
        r.timeline().sent(),
        r.timeline().reminder(),
        r.timeline().deadline(),
        r.timeline().escalation(),
        r.updated(),
        store.steps(r.id()),
        store.events(r.id()));
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static String text(String field, @Nullable String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw new InvalidInputException(field, "is required");
      }
      return "";
    }
    FreeText.require(field, value);
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new InvalidInputException(field, "is longer than " + max + " characters");
    }
    return stripped;
  }
}
