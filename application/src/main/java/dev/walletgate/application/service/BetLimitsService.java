package dev.walletgate.application.service;

import dev.walletgate.application.port.in.BetLimitsUseCase;
import dev.walletgate.application.port.in.SetBetLimitsCommand;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.limits.BetLimits;
import dev.walletgate.domain.limits.LimitRules;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.Checked;
import dev.walletgate.domain.money.Currency;
import dev.walletgate.domain.money.CurrencyCode;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.money.MoneyPolicy;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.AccountLookup;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The platform sets and reads each player's bet limits (G4-G7). */
public final class BetLimitsService implements BetLimitsUseCase {
  private final ServiceContext context;

  BetLimitsService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public Checked<BetLimits> setLimits(SetBetLimitsCommand command) {
    Checked<Currency> currency = context.settings().money().currency(command.currency());
    if (currency instanceof Checked.Invalid<Currency> invalid) {
      return new Checked.Invalid<>(invalid.refusal());
    }
    Currency known = ((Checked.Valid<Currency>) currency).value();
    if (!allowed(command.stakeLimit(), known) || !allowed(command.dailyLossLimit(), known)) {
      return new Checked.Invalid<>(Refusal.INVALID_AMOUNT);
    }
    return context
        .runner()
        .run(
            stores ->
                change(
                    stores,
                    command.player(),
                    known.code(),
                    command.stakeLimit().map(a -> atScale(a, known)),
                    command.dailyLossLimit().map(a -> atScale(a, known))));
  }

  @Override
  public Checked<BetLimits> getLimits(PlayerId player, CurrencyCode currency) {
    Checked<Currency> known = context.settings().money().currency(currency);
    if (known instanceof Checked.Invalid<Currency> invalid) {
      return new Checked.Invalid<>(invalid.refusal());
    }
    return context
        .runner()
        .run(
            stores -> {
              Optional<Refusal> missing = missingAccount(stores, player, currency);
              if (missing.isPresent()) {
                return new Checked.Invalid<>(missing.get());
              }
              Instant now = context.now();
              return new Checked.Valid<>(
                  stores
                      .limits()
                      .find(player, currency)
                      .orElseGet(() -> BetLimits.none(player, currency))
                      .at(now));
            });
  }

  private Checked<BetLimits> change(
      Stores stores,
      PlayerId player,
      CurrencyCode currency,
      Optional<BigDecimal> stake,
      Optional<BigDecimal> dailyLoss) {
    Optional<Refusal> missing = missingAccount(stores, player, currency);
    if (missing.isPresent()) {
      return new Checked.Invalid<>(missing.get());
    }
    Instant now = context.now();
    BetLimits last =
        stores
            .limits()
            .findForUpdate(player, currency)
            .orElseGet(() -> BetLimits.none(player, currency));
    BetLimits next =
        new BetLimits(
            player,
            currency,
            LimitRules.change(last.stake(), stake, now, coolingOff()),
            LimitRules.change(last.dailyLoss(), dailyLoss, now, coolingOff()));
    stores.limits().save(next, now);
    return new Checked.Valid<>(next);
  }

  private static Optional<Refusal> missingAccount(
      Stores stores, PlayerId player, CurrencyCode currency) {
    Optional<Account> account = stores.accounts().find(player, currency);
    return AccountLookup.missing(
        account, account.isPresent() || stores.accounts().playerExists(player));
  }

  /** No limit, or one the money policy allows (M2, M3). */
  private boolean allowed(Optional<BigDecimal> limit, Currency currency) {
    return limit.isEmpty() || checked(limit.get(), currency) instanceof Checked.Valid<Money>;
  }

  private BigDecimal atScale(BigDecimal limit, Currency currency) {
    return ((Checked.Valid<Money>) checked(limit, currency)).value().amount();
  }

  private Checked<Money> checked(BigDecimal limit, Currency currency) {
    return context.settings().money().amount(limit, currency, MoneyPolicy.Use.LIMIT);
  }

  private Duration coolingOff() {
    return context.settings().betLimitCoolingOff();
  }
}
