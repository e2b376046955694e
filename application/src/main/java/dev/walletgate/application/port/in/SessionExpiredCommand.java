package dev.walletgate.application.port.in;

import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.SessionId;
import java.util.Objects;

/** A provider's notice that a session expired: it ends at once (S4). */
public record SessionExpiredCommand(
    Integration integration, RequestId requestId, PlayerId player, SessionId session) {
  public SessionExpiredCommand {
    Objects.requireNonNull(integration, "integration");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(player, "player");
    Objects.requireNonNull(session, "session");
  }
}
