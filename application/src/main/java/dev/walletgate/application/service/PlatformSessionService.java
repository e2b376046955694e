package dev.walletgate.application.service;

import dev.walletgate.application.port.in.CloseSessionUseCase;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.OpenSessionUseCase;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Currency;
import dev.walletgate.domain.outcome.Refusal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The platform opens and closes game sessions (S3, S4). */
public final class PlatformSessionService implements OpenSessionUseCase, CloseSessionUseCase {
  private final ServiceContext context;

  PlatformSessionService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Checked<Session> openSession(OpenSessionCommand command) {
    Checked<Currency> currency = context.settings().money().currency(command.currency());
    if (currency instanceof Checked.Invalid<Currency> invalid) {
      return new Checked.Invalid<>(invalid.refusal());
    }
    SessionId id = command.session().orElseGet(PlatformSessionService::newSessionId);
    return context.runner().run(stores -> open(stores, id, command));
  }

  private Checked<Session> open(Stores stores, SessionId id, OpenSessionCommand command) {
    Optional<Session> existing = stores.sessions().find(id);
    if (existing.isPresent()) {
      Session s = existing.get();
      boolean same = s.player().equals(command.player()) && s.currency().equals(command.currency());
      return same ? new Checked.Valid<>(s) : new Checked.Invalid<>(Refusal.CONFLICTING_DUPLICATE);
    }
    Instant now = context.now();
    Session session =
        new Session(id, command.player(), command.currency(), SessionState.ACTIVE, now, now);
    stores.sessions().insert(session);
    return new Checked.Valid<>(session);
  }

  @Override
  public boolean closeSession(SessionId session) {
    return context.runner().run(stores -> stores.sessions().close(session));
  }

  private static SessionId newSessionId() {
    return new SessionId(UUID.randomUUID().toString());
  }
}
