package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Identifier;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.util.Objects;

/** A platform deposit or withdrawal, idempotent by the platform's reference (L2). */
public record TransferCommand(
    PlayerId player, CurrencyCode currency, BigDecimal amount, String reference) {
  public TransferCommand {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Identifier.check(reference, "reference");
  }
}
