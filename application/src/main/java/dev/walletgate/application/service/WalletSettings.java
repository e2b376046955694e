package dev.walletgate.application.service;

import dev.walletgate.application.guard.BetGuard;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.money.MoneyPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The settings the services read.
 *
 * @param money the currencies and the amount ceiling (M2, M3)
 * @param sessionIdleTimeout how long a session may idle before it expires (S4)
 * @param requestRetention how long request records are kept at least (I5)
 * @param maxAttempts how many times a transaction is tried on a retryable conflict
 * @param transactionIds the source of new operator transaction ids
 * @param betGuard what is asked about every bet the rules would book (G1); none by default
 * @param betLimitCoolingOff how long a raised or removed bet limit waits to take effect (G7)
 */
public record WalletSettings(
    MoneyPolicy money,
    Duration sessionIdleTimeout,
    Duration requestRetention,
    int maxAttempts,
    Clock clock,
    Supplier<OperatorTransactionId> transactionIds,
    BetGuard betGuard,
    Duration betLimitCoolingOff) {
  public static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);
  public static final Duration DEFAULT_REQUEST_RETENTION = Duration.ofDays(30);
  public static final int DEFAULT_MAX_ATTEMPTS = 10;
  public static final Duration DEFAULT_BET_LIMIT_COOLING_OFF = Duration.ofHours(24);

  public WalletSettings {
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(transactionIds, "transactionIds");
    Objects.requireNonNull(betGuard, "betGuard");
    requirePositive(sessionIdleTimeout, "session idle timeout");
    requirePositive(requestRetention, "request retention");
    if (betLimitCoolingOff == null || betLimitCoolingOff.isNegative()) {
      throw new IllegalArgumentException("bet limit cooling-off must not be negative");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt is needed");
    }
  }

  /**
   * ISO currencies, 30-minute sessions, 30-day retention, 10 attempts, UTC clock, UUID ids, no bet
   * guard, 24-hour cooling-off for raised bet limits.
   */
  public static WalletSettings defaults() {
    return new WalletSettings(
        MoneyPolicy.defaults(),
        DEFAULT_SESSION_IDLE_TIMEOUT,
        DEFAULT_REQUEST_RETENTION,
        DEFAULT_MAX_ATTEMPTS,
        Clock.systemUTC(),
        WalletSettings::randomTransactionId,
        BetGuard.NONE,
        DEFAULT_BET_LIMIT_COOLING_OFF);
  }

  public WalletSettings withMoney(MoneyPolicy value) {
    return new WalletSettings(
        value,
        sessionIdleTimeout,
        requestRetention,
        maxAttempts,
        clock,
        transactionIds,
        betGuard,
        betLimitCoolingOff);
  }

  public WalletSettings withSessionIdleTimeout(Duration value) {
    return new WalletSettings(
        money,
        value,
        requestRetention,
        maxAttempts,
        clock,
        transactionIds,
        betGuard,
        betLimitCoolingOff);
  }

  public WalletSettings withRequestRetention(Duration value) {
    return new WalletSettings(
        money,
        sessionIdleTimeout,
        value,
        maxAttempts,
        clock,
        transactionIds,
        betGuard,
        betLimitCoolingOff);
  }

  public WalletSettings withMaxAttempts(int value) {
    return new WalletSettings(
        money,
        sessionIdleTimeout,
        requestRetention,
        value,
        clock,
        transactionIds,
        betGuard,
        betLimitCoolingOff);
  }

  public WalletSettings withClock(Clock value) {
    return new WalletSettings(
        money,
        sessionIdleTimeout,
        requestRetention,
        maxAttempts,
        value,
        transactionIds,
        betGuard,
        betLimitCoolingOff);
  }

  /** The guard asked about every bet the rules would book (G1): the platform's, or the limits'. */
  public WalletSettings withBetGuard(BetGuard value) {
    return new WalletSettings(
        money,
        sessionIdleTimeout,
        requestRetention,
        maxAttempts,
        clock,
        transactionIds,
        value,
        betLimitCoolingOff);
  }

  public WalletSettings withBetLimitCoolingOff(Duration value) {
    return new WalletSettings(
        money,
        sessionIdleTimeout,
        requestRetention,
        maxAttempts,
        clock,
        transactionIds,
        betGuard,
        value);
  }

  private static OperatorTransactionId randomTransactionId() {
    return new OperatorTransactionId(UUID.randomUUID().toString().replace("-", ""));
  }

  private static void requirePositive(Duration d, String what) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
  }
}
