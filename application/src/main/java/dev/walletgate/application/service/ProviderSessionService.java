package dev.walletgate.application.service;

import static dev.walletgate.domain.rules.FingerprintField.PLAYER;
import static dev.walletgate.domain.rules.FingerprintField.SESSION;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CheckSessionCommand;
import dev.walletgate.application.port.in.CheckSessionUseCase;
import dev.walletgate.application.port.in.GetBalanceCommand;
import dev.walletgate.application.port.in.GetBalanceUseCase;
import dev.walletgate.application.port.in.SessionExpiredCommand;
import dev.walletgate.application.port.in.SessionExpiredUseCase;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.AccountLookup;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import dev.walletgate.domain.rules.SessionRules;
import java.util.Optional;

/**
 * The provider's session calls: Check and Balance read (S1, I6, never recorded), SessionExpired
 * ends a session at once (S4).
 */
public final class ProviderSessionService
    implements CheckSessionUseCase, GetBalanceUseCase, SessionExpiredUseCase {
  private final ServiceContext context;

  ProviderSessionService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Outcome checkSession(CheckSessionCommand command) {
    return context
        .runner()
        .run(
            stores -> read(stores, command.player(), command.session(), command.currency(), false));
  }

  @Override
  public Outcome getBalance(GetBalanceCommand command) {
    return context
        .runner()
        .run(stores -> read(stores, command.player(), command.session(), command.currency(), true));
  }

  private Outcome read(
      Stores stores,
      PlayerId player,
      SessionId sessionId,
      Optional<CurrencyCode> currency,
      boolean accountRequired) {
    Optional<Session> session = stores.sessions().find(sessionId);
    if (!SessionRules.isActiveFor(
        session, player, context.now(), context.settings().sessionIdleTimeout())) {
      return Outcome.refused(Refusal.INVALID_SESSION);
    }
    CurrencyCode code = currency.orElse(session.get().currency());
    if (context.settings().money().currencies().find(code).isEmpty()) {
      return Outcome.refused(Refusal.UNSUPPORTED_CURRENCY);
    }
    Optional<Account> account = stores.accounts().find(player, code);
    Optional<Refusal> missing =
        AccountLookup.missing(
            account, account.isPresent() || stores.accounts().playerExists(player));
    if (accountRequired && missing.isPresent()) {
      return Outcome.refused(missing.get());
    }
    return Outcome.success(null, context.balances().of(account));
  }

  @Override
  public CallbackResult sessionExpired(SessionExpiredCommand command) {
    Fingerprint fingerprint =
        Fingerprint.of(Operation.SESSION_EXPIRED)
            .with(PLAYER, command.player().value())
            .with(SESSION, command.session().value())
            .digest();
    return context
        .requests()
        .run(
            new RecordedCall(
                command.integration(),
                command.requestId(),
                Operation.SESSION_EXPIRED,
                command.session().value(),
                fingerprint),
            stores -> stores.sessions().find(command.session()),
            (session, stamp) -> SessionRules.expire(command.player(), command.session(), session));
  }
}
