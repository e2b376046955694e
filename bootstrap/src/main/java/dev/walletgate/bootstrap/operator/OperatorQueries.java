package dev.walletgate.bootstrap.operator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.GetLedgerUseCase;
import dev.walletgate.application.port.in.ReconcileUseCase;
import dev.walletgate.application.port.in.Reconciliation;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** The operator API's read-only resources: an account, a ledger page, a bet key. */
final class OperatorQueries {
  private static final int DEFAULT_LEDGER_LIMIT = 100;

  private final WalletServices services;
  private final OperatorJson json;
  private final OperatorViews views;

  OperatorQueries(WalletServices services, OperatorJson json, OperatorViews views) {
    this.services = services;
    this.json = json;
    this.views = views;
  }

  Reply account(String player, String currency) {
    PlayerId id = OperatorApi.playerId(player);
    CurrencyCode code = accountCode(OperatorApi.identifier(currency, "currency"));
    return services
        .queries()
        .getAccount(id, code)
        .map(a -> json.ok(views.account(a)))
        .orElseThrow(() -> Problem.notFound("unknown account"));
  }

  Reply ledger(String player, String rawQuery) {
    Map<String, String> query = parse(rawQuery);
    String currency = query.get("currency");
    if (currency == null || currency.isBlank()) {
      throw Problem.unprocessable("the 'currency' query parameter is required");
    }
    OperatorApi.identifier(currency, "currency");
    int limit = limit(query.get("limit"));
    PlayerId id = OperatorApi.playerId(player);
    CurrencyCode code = accountCode(currency);
    var entries = services.queries().recentEntries(id, code, limit);
    if (entries.isEmpty() && services.queries().getAccount(id, code).isEmpty()) {
      throw Problem.notFound("unknown account");
    }
    ObjectNode body = json.object();
    ArrayNode list = body.putArray("entries");
    for (LedgerEntry e : entries) {
      ObjectNode item = list.addObject();
      item.put("transactionId", e.transaction().value());
      item.put("kind", e.kind().name());
      item.put("amount", views.display(e.amount(), e.currency()));
      item.put("balanceAfter", views.display(e.balanceAfter(), e.currency()));
      item.put("integration", e.integration() == null ? null : e.integration().value());
      item.put("key", e.key());
      item.put("at", e.createdAt().toString());
    }
    return json.ok(body);
  }

  /** The code the text spells: text that spells none names no account (404), as a code can. */
  private static CurrencyCode accountCode(String text) {
    if (CurrencyCode.parse(text) instanceof Checked.Valid<CurrencyCode> valid) {
      return valid.value();
    }
    throw Problem.notFound("unknown account");
  }

  Reply bet(String integration, String key) {
    BetKeyHolder bet =
        services
            .queries()
            .getBet(
                new Integration(OperatorApi.identifier(integration, "integration")),
                new BetKey(OperatorApi.identifier(key, "betKey")))
            .orElseThrow(() -> Problem.notFound("unknown bet key"));
    return json.ok(betJson(bet));
  }

  Reply reconciliation(String rawQuery) {
    Map<String, String> query = parse(rawQuery);
    Duration age;
    try {
      age = Duration.parse(query.getOrDefault("openOlderThan", "PT10M"));
    } catch (DateTimeParseException e) {
      throw Problem.unprocessable("'openOlderThan' must be an ISO-8601 duration such as PT10M");
    }
    if (age.isNegative()) {
      throw Problem.unprocessable("'openOlderThan' must not be negative");
    }
    if (age.compareTo(ReconcileUseCase.MAX_AGE) > 0) {
      throw Problem.unprocessable(
          "'openOlderThan' must be at most " + ReconcileUseCase.MAX_AGE.toDays() + " days");
    }
    int limit = limit(query.get("limit"));
    Reconciliation result = services.reconciliation().reconcile(age, limit);
    return json.ok(
        new ReconciliationReport(result, services.settings().money().currencies()).json());
  }

  ObjectNode betJson(BetKeyHolder bet) {
    Bet booked = bet instanceof Bet b ? b : null;
    ObjectNode body = json.object();
    body.put("state", bet.state().name());
    body.put("integration", bet.integration().value());
    body.put("betKey", bet.key().value());
    body.put("playerId", bet.player().value());
    body.put("currency", OperatorViews.text(bet.currency()));
    body.put("stake", booked == null ? null : views.display(booked.stake(), bet.currency()));
    body.put("roundId", bet.round() == null ? null : bet.round().value());
    body.put("debitTransactionId", booked == null ? null : booked.debitTransaction().value());
    body.put(
        "cancelTransactionId",
        bet.cancelTransaction() == null ? null : bet.cancelTransaction().value());
    body.put("createdAt", bet.createdAt().toString());
    return body;
  }

  /** A page size: 1 to 1000, 100 when absent (ledger, reconciliation, events). */
  static int limit(String value) {
    if (value == null) {
      return DEFAULT_LEDGER_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= GetLedgerUseCase.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw Problem.unprocessable("'limit' must be between 1 and " + GetLedgerUseCase.MAX_LIMIT);
  }

  static Map<String, String> parse(String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.putIfAbsent(PercentDecoding.decode(name, true), PercentDecoding.decode(value, true));
    }
    return params;
  }
}
