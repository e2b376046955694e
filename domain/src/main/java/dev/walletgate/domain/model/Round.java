package dev.walletgate.domain.model;

import java.util.Objects;

/** The provider's game round; it holds bets and wins and ends once. */
public record Round(Integration integration, RoundId id, RoundState state) {
  public Round {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
  }
}
