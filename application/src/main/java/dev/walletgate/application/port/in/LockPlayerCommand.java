package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.PlayerId;
import java.util.Objects;

/** The platform locks or unlocks a player: a locked player's bets are refused (B5). */
public record LockPlayerCommand(PlayerId player, boolean locked) {
  public LockPlayerCommand {
    Objects.requireNonNull(player, "player");
  }
}
