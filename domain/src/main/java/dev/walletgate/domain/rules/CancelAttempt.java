package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a cancel or refund call the rules compare. It carries no amount: an amount on the
 * wire is never trusted (C1).
 *
 * @param currency the currency the call names (Kyren), empty when the protocol sends none
 */
public record CancelAttempt(PlayerId player, Optional<CurrencyCode> currency) {
  public CancelAttempt {
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(currency, "currency");
  }
}
