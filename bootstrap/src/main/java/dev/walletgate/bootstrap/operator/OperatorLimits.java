package dev.walletgate.bootstrap.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.SetBetLimitsCommand;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.limits.Limit;
import dev.walletgate.domain.limits.PendingRaise;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.DecimalText;
import java.math.BigDecimal;
import java.util.Optional;

/** The operator API's bet limits of a player in one currency (G4-G7): read them, ask for new. */
final class OperatorLimits {
  private final WalletServices services;
  private final OperatorJson json;
  private final OperatorViews views;

  OperatorLimits(WalletServices services, OperatorJson json, OperatorViews views) {
    this.services = services;
    this.json = json;
    this.views = views;
  }

  Reply get(String player, String currency) {
    PlayerId id = OperatorApi.playerId(player);
    String text = OperatorApi.identifier(currency, "currency");
    Checked<BetLimits> limits = services.betLimits().getLimits(id, OperatorApi.currencyCode(text));
    return json.ok(view(valueOrProblem(limits)));
  }

  Reply put(String player, String currency, Exchange call) {
    PlayerId id = OperatorApi.playerId(player);
    String text = OperatorApi.identifier(currency, "currency");
    ObjectNode body = json.read(call.body());
    Optional<BigDecimal> stake = limit(body, "stakeLimit");
    Optional<BigDecimal> dailyLoss = limit(body, "dailyLossLimit");
    SetBetLimitsCommand command =
        new SetBetLimitsCommand(id, OperatorApi.currencyCode(text), stake, dailyLoss);
    return json.ok(view(valueOrProblem(services.betLimits().setLimits(command))));
  }

  /** Absent or null: no limit; else a plain decimal, in a string or as a JSON number (M1, M3). */
  private static Optional<BigDecimal> limit(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    Optional<BigDecimal> amount =
        node.isTextual()
            ? DecimalText.parse(node.asText())
            : node.isIntegralNumber() || node.isBigDecimal()
                ? Optional.of(node.decimalValue())
                : Optional.empty();
    if (amount.isEmpty()) {
      throw Problem.unprocessable("'" + field + "' must be a decimal string or null");
    }
    return amount;
  }

  private ObjectNode view(BetLimits limits) {
    ObjectNode body = json.object();
    body.put("playerId", limits.player().value());
    body.put("currency", limits.currency().value());
    body.set("stakeLimit", limit(limits.stake(), limits.currency()));
    body.set("dailyLossLimit", limit(limits.dailyLoss(), limits.currency()));
    return body;
  }

  /** {@code {"amount", "pending": {"amount", "effectiveAt"} or null}}; a null amount: no limit. */
  private ObjectNode limit(Limit limit, CurrencyCode currency) {
    ObjectNode body = json.object();
    body.put("amount", amount(limit.amount(), currency));
    if (limit.pending().isEmpty()) {
      body.putNull("pending");
      return body;
    }
    PendingRaise pending = limit.pending().get();
    ObjectNode raise = body.putObject("pending");
    raise.put("amount", amount(pending.amount(), currency));
    raise.put("effectiveAt", pending.effectiveAt().toString());
    return body;
  }

  private String amount(Optional<BigDecimal> amount, CurrencyCode currency) {
    return amount.map(a -> views.display(a, currency)).orElse(null);
  }

  private static <T> T valueOrProblem(Checked<T> checked) {
    if (checked instanceof Checked.Invalid<T> invalid) {
      throw OperatorApi.problemFor(invalid.refusal());
    }
    return ((Checked.Valid<T>) checked).value();
  }
}
