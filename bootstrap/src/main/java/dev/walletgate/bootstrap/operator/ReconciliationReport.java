package dev.walletgate.bootstrap.operator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.Reconciliation;
import dev.walletgate.application.port.in.RefusedCancel;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKeyHolder;
import dev.walletgate.domain.money.CurrencyRegistry;
import dev.walletgate.domain.money.Money;
import java.util.List;
import java.util.function.Function;

/** A reconciliation shown as JSON (operator API, {@code reconcile --json}) or as a table. */
public final class ReconciliationReport {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Reconciliation reconciliation;
  private final CurrencyRegistry currencies;

  public ReconciliationReport(Reconciliation reconciliation, CurrencyRegistry currencies) {
    this.reconciliation = reconciliation;
    this.currencies = currencies;
  }

  public ObjectNode json() {
    ObjectNode body = JSON.createObjectNode();
    body.put("asOf", reconciliation.asOf().toString());
    body.put("openOlderThan", reconciliation.openOlderThan().toString());
    list(body, "openBets", reconciliation.openBetCount(), reconciliation.openBets(), this::bet);
    list(
        body,
        "voidedKeys",
        reconciliation.voidedKeyCount(),
        reconciliation.voidedKeys(),
        this::bet);
    list(
        body,
        "refusedCancels",
        reconciliation.refusedCancelCount(),
        reconciliation.refusedCancels(),
        ReconciliationReport::refused);
    return body;
  }

  public String jsonText() {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> void list(
      ObjectNode body, String name, long count, List<T> items, Function<T, ObjectNode> view) {
    ObjectNode section = body.putObject(name);
    section.put("count", count);
    ArrayNode array = section.putArray("items");
    items.forEach(i -> array.add(view.apply(i)));
  }

  private ObjectNode bet(BetKeyHolder bet) {
    ObjectNode node = JSON.createObjectNode();
    node.put("integration", bet.integration().value());
    node.put("betKey", bet.key().value());
    node.put("playerId", bet.player().value());
    node.put("state", bet.state().name());
    node.put("currency", OperatorViews.text(bet.currency()));
    node.put("stake", stake(bet));
    node.put("roundId", bet.round() == null ? null : bet.round().value());
    node.put("createdAt", bet.createdAt().toString());
    return node;
  }

  /** A booked bet's stake at its currency's scale; a void has none. */
  private String stake(BetKeyHolder holder) {
    return holder instanceof Bet bet
        ? new Money(bet.stake(), currencies.require(bet.currency())).display()
        : null;
  }

  private static ObjectNode refused(RefusedCancel r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("integration", r.integration().value());
    node.put("requestId", r.requestId().value());
    node.put("operation", r.operation().storedName());
    node.put("betKey", r.betKey());
    node.put("refusal", r.refusal().name());
    node.put("at", r.at().toString());
    return node;
  }

  /** A plain-text report for people. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append("Reconciliation as of ").append(reconciliation.asOf()).append('\n');
    out.append(
        String.format(
            "%nOpen bets older than %s: %d%n",
            reconciliation.openOlderThan(), reconciliation.openBetCount()));
    betRows(out, reconciliation.openBets());
    out.append(
        String.format("%nVoided keys (cancel before bet): %d%n", reconciliation.voidedKeyCount()));
    betRows(out, reconciliation.voidedKeys());
    out.append(
        String.format("%nRefused cancels and refunds: %d%n", reconciliation.refusedCancelCount()));
    if (!reconciliation.refusedCancels().isEmpty()) {
      out.append(
          String.format(
              "  %-12s %-28s %-8s %-28s %-22s %s%n",
              "INTEGRATION", "REQUEST", "CALL", "BET KEY", "REFUSAL", "AT"));
    }
    for (RefusedCancel r : reconciliation.refusedCancels()) {
      out.append(
          String.format(
              "  %-12s %-28s %-8s %-28s %-22s %s%n",
              r.integration().value(),
              r.requestId().value(),
              r.operation().storedName(),
              r.betKey(),
              r.refusal().name(),
              r.at()));
    }
    return out.toString();
  }

  private void betRows(StringBuilder out, List<? extends BetKeyHolder> bets) {
    if (bets.isEmpty()) {
      return;
    }
    out.append(
        String.format(
            "  %-12s %-28s %-16s %-8s %14s %s%n",
            "INTEGRATION", "BET KEY", "PLAYER", "CURRENCY", "STAKE", "CREATED"));
    for (BetKeyHolder b : bets) {
      out.append(
          String.format(
              "  %-12s %-28s %-16s %-8s %14s %s%n",
              b.integration().value(),
              b.key().value(),
              b.player().value(),
              b.currency() == null ? "-" : b.currency().value(),
              b instanceof Bet ? stake(b) : "-",
              b.createdAt()));
    }
  }
}
