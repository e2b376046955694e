package dev.walletgate.bootstrap.operator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.LockPlayerCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.port.out.UnstorableValueException;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's HTTP API of the standalone service (bootstrap/docs/operator-api.md), under {@code
 * /operator/v1}: accounts, deposits, withdrawals, locks and sessions. Every call but the contract's
 * ({@link OperatorContract}) needs {@code Authorization: Bearer <operator key>}; errors are RFC
 * 9457 problem documents.
 *
 * <p>Ids and references (in the path, the query or the body) are identifiers every database stores
 * as sent ({@code Identifier.flaw}: not blank, at most 255 UTF-16 units, no NUL, no unpaired
 * surrogate); anything else is 422 before any transaction, never 503. Bytes that are not UTF-8,
 * percent-encoded or raw, are 400: decoding them leniently would make two ids one.
 */
public final class OperatorApi implements ProtocolEndpoint {
  public static final String PREFIX = "/operator/v1";
  private static final Logger LOG = LoggerFactory.getLogger(OperatorApi.class);
  private static final String PROBLEM_JSON = "application/problem+json";

  private final WalletServices services;
  private final byte[] expectedAuthorization;
  private final OperatorJson json;
  private final OperatorViews views;
  private final OperatorQueries queries;
  private final OperatorEvents events;
  private final OperatorLimits limits;
  private final OperatorContract contract = OperatorContract.load();

  public OperatorApi(WalletServices services, String operatorKey) {
    if (operatorKey == null || operatorKey.isBlank()) {
      throw new IllegalArgumentException("an operator key is required");
    }
    this.services = services;
    this.expectedAuthorization = ("Bearer " + operatorKey).getBytes(StandardCharsets.UTF_8);
    this.json = new OperatorJson();
    this.views = new OperatorViews(json, services.settings().money().currencies());
    this.queries = new OperatorQueries(services, json, views);
    this.events = new OperatorEvents(services.events(), json, views);
    this.limits = new OperatorLimits(services, json, views);
  }

  @Override
  public boolean serves(String path) {
    return path != null && (path.equals(PREFIX) || path.startsWith(PREFIX + "/"));
  }

  /** A caller without the key is answered 401 before its body is read. */
  @Override
  public Optional<Reply> screen(Exchange head) {
    if (OperatorContract.PATH.equals(head.path())) {
      return Optional.empty();
    }
    try {
      authorize(head);
      return Optional.empty();
    } catch (Problem problem) {
      return Optional.of(problem(problem));
    }
  }

  /** 503 problem+json: nothing was done, the call may be sent again. */
  @Override
  public Reply retryLater(Exchange head) {
    return problem(Problem.unavailable("the service could not take the call now; send it again"));
  }

  /**
   * Unlike a provider protocol, the operator API can say the request itself is wrong: a 400 problem
   * for a request line the server found malformed or ambiguous, which sending again cannot mend;
   * any other client error (headers too large) its status with no body, like the 413 and 414 the
   * server writes itself; anything else is the retry answer.
   */
  @Override
  public Reply refusedByServer(Exchange head, int status) {
    if (status == 400) {
      return problem(Problem.badRequest("the request line is malformed or ambiguous"));
    }
    return status > 400 && status < 500 ? Reply.empty(status) : retryLater(head);
  }

  /** Answers one call whose path starts with {@link #PREFIX}; never throws. */
  @Override
  public Reply handle(Exchange call) {
    try {
      if (OperatorContract.PATH.equals(call.path())) {
        return on(call.method(), "GET", contract::reply);
      }
      authorize(call);
      return route(call, segments(call.path()));
    } catch (Problem problem) {
      return problem(problem);
    } catch (UnstorableValueException e) {
      // The database refused a value as data: a retry would meet it again. The message names
      // the SQLState only, never the value.
      LOG.warn("operator call refused by the database as data: {}", e.getMessage());
      return problem(Problem.unprocessable("a value cannot be stored"));
    } catch (StorageException e) {
      LOG.warn("operator call failed on storage: {}", e.toString());
      return problem(Problem.unavailable("storage unavailable, retry"));
    } catch (RuntimeException e) {
      LOG.error("operator call failed", e);
      return problem(new Problem(500, "internal", "Internal error", "unexpected failure"));
    }
  }

  private void authorize(Exchange call) {
    byte[] given = call.header("Authorization").orElse("").getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, expectedAuthorization)) {
      throw Problem.unauthorized();
    }
  }

  /** Every segment after the prefix, decoded; empty ones are kept, so they match no route. */
  private static List<String> segments(String path) {
    String rest = path.substring(PREFIX.length());
    return Arrays.stream(rest.split("/", -1))
        .skip(1)
        .map(s -> PercentDecoding.decode(s, false))
        .toList();
  }

  private Reply route(Exchange call, List<String> s) {
    String method = call.method();
    if (matches(s, "players", "*", "accounts", "*")) {
      return on(
          method,
          "PUT",
          () -> createAccount(s.get(1), s.get(3)),
          "GET",
          () -> queries.account(s.get(1), s.get(3)));
    }
    if (matches(s, "players", "*", "accounts", "*", "deposits")) {
      return on(method, "POST", () -> transfer(s.get(1), s.get(3), call, true));
    }
    if (matches(s, "players", "*", "accounts", "*", "withdrawals")) {
      return on(method, "POST", () -> transfer(s.get(1), s.get(3), call, false));
    }
    if (matches(s, "players", "*", "lock")) {
      return on(method, "PUT", () -> lock(s.get(1), true), "DELETE", () -> lock(s.get(1), false));
    }
    if (matches(s, "players", "*", "limits", "*")) {
      return on(
          method,
          "GET",
          () -> limits.get(s.get(1), s.get(3)),
          "PUT",
          () -> limits.put(s.get(1), s.get(3), call));
    }
    if (matches(s, "players", "*", "ledger")) {
      return on(method, "GET", () -> queries.ledger(s.get(1), call.rawQuery()));
    }
    if (matches(s, "sessions")) {
      return on(method, "POST", () -> openSession(call));
    }
    if (matches(s, "sessions", "*")) {
      return on(method, "DELETE", () -> closeSession(s.get(1)));
    }
    if (matches(s, "bets", "*", "*")) {
      return on(method, "GET", () -> queries.bet(s.get(1), s.get(2)));
    }
    if (matches(s, "reconciliation")) {
      return on(method, "GET", () -> queries.reconciliation(call.rawQuery()));
    }
    if (matches(s, "events")) {
      return on(method, "GET", () -> events.read(call.rawQuery()));
    }
    throw Problem.notFound("no such operator resource");
  }

  /** A {@code *} stands for one segment that is not empty (an id may be blank, never empty). */
  private static boolean matches(List<String> segments, String... pattern) {
    if (segments.size() != pattern.length) {
      return false;
    }
    for (int i = 0; i < pattern.length; i++) {
      String segment = segments.get(i);
      boolean match = pattern[i].equals("*") ? !segment.isEmpty() : pattern[i].equals(segment);
      if (!match) {
        return false;
      }
    }
    return true;
  }

  private static Reply on(String method, String m1, Handler h1) {
    if (method.equals(m1)) {
      return h1.answer();
    }
    throw Problem.methodNotAllowed(m1);
  }

  private static Reply on(String method, String m1, Handler h1, String m2, Handler h2) {
    if (method.equals(m1)) {
      return h1.answer();
    }
    if (method.equals(m2)) {
      return h2.answer();
    }
    throw Problem.methodNotAllowed(m1 + ", " + m2);
  }

  /** One route's work. */
  @FunctionalInterface
  interface Handler {
    Reply answer();
  }

  private Reply createAccount(String player, String currency) {
    Checked<Account> created =
        services
            .accounts()
            .createAccount(new CreateAccountCommand(playerId(player), currencyCode(currency)));
    Account account = valueOrProblem(created);
    return json.ok(views.account(account));
  }

  private Reply transfer(String player, String currency, Exchange call, boolean deposit) {
    ObjectNode body = json.read(call.body());
    PlayerId id = playerId(player);
    BigDecimal amount = OperatorJson.amount(body);
    String reference = identifier(OperatorJson.requiredText(body, "reference"), "reference");
    TransferCommand command = new TransferCommand(id, currencyCode(currency), amount, reference);
    Outcome outcome =
        deposit ? services.accounts().deposit(command) : services.accounts().withdraw(command);
    if (outcome instanceof Outcome.Refused refused) {
      throw problemFor(refused.refusal());
    }
    ObjectNode answer = json.object();
    answer.put(
        "transactionId",
        ((Outcome.Success) outcome).transactionId().map(t -> t.value()).orElse(null));
    answer.put("balance", outcome.balance().map(Money::display).orElse(null));
    return json.ok(answer);
  }

  private Reply lock(String player, boolean locked) {
    if (!services.accounts().setLocked(new LockPlayerCommand(playerId(player), locked))) {
      throw Problem.notFound("unknown player");
    }
    return Reply.empty(204);
  }

  private Reply openSession(Exchange call) {
    ObjectNode body = json.read(call.body());
    PlayerId player = playerId(OperatorJson.requiredText(body, "playerId"));
    String currency = OperatorJson.requiredText(body, "currency");
    Optional<SessionId> id =
        OperatorJson.optionalText(body, "sessionId")
            .map(v -> identifier(v, "sessionId"))
            .map(SessionId::new);
    Session session =
        valueOrProblem(
            services
                .platformSessions()
                .openSession(new OpenSessionCommand(player, currencyCode(currency), id)));
    ObjectNode answer = json.object();
    answer.put("sessionId", session.id().value());
    answer.put("playerId", session.player().value());
    answer.put("currency", session.currency().value());
    answer.put(
        "expiresAt",
        session.lastSeenAt().plus(services.settings().sessionIdleTimeout()).toString());
    return json.answer(201, answer);
  }

  private Reply closeSession(String session) {
    if (!services.platformSessions().closeSession(new SessionId(identifier(session, "session")))) {
      throw Problem.notFound("unknown session");
    }
    return Reply.empty(204);
  }

  private static <T> T valueOrProblem(Checked<T> checked) {
    if (checked instanceof Checked.Invalid<T> invalid) {
      throw problemFor(invalid.refusal());
    }
    return ((Checked.Valid<T>) checked).value();
  }

  static Problem problemFor(Refusal refusal) {
    return switch (refusal) {
      case PLAYER_NOT_FOUND, CURRENCY_MISMATCH -> Problem.notFound("unknown player or account");
      case INSUFFICIENT_FUNDS -> Problem.conflict("the balance is too low");
      case CONFLICTING_DUPLICATE -> Problem.conflict("already used with other content");
      case INVALID_AMOUNT -> Problem.unprocessable("invalid amount");
      case UNSUPPORTED_CURRENCY -> Problem.unprocessable("unsupported currency");
      default -> Problem.conflict(refusal.name());
    };
  }

  /**
   * The code a request's currency text spells, read once the request's other values were: text that
   * spells none is refused as the services refuse an unconfigured currency (422).
   */
  static CurrencyCode currencyCode(String text) {
    return valueOrProblem(CurrencyCode.parse(text));
  }

  static PlayerId playerId(String value) {
    return new PlayerId(identifier(value, "playerId"));
  }

  static String identifier(String value, String what) {
    try {
      return dev.walletgate.domain.model.Identifier.check(value, what);
    } catch (IllegalArgumentException e) {
      throw Problem.unprocessable(e.getMessage());
    }
  }

  private Reply problem(Problem problem) {
    ObjectNode body = json.object();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.getMessage());
    Reply reply = new Reply(problem.status(), PROBLEM_JSON, json.write(body));
    if (problem.allow() != null) {
      reply = reply.withHeader("Allow", problem.allow());
    }
    // RFC 9110: a 401 names the scheme the caller must use.
    return problem.status() == 401
        ? reply.withHeader("WWW-Authenticate", "Bearer realm=\"walletgate\"")
        : reply;
  }
}
