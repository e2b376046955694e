package dev.walletgate.application.service;

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
 */
public record WalletSettings(
    MoneyPolicy money,
    Duration sessionIdleTimeout,
    Duration requestRetention,
    int maxAttempts,
    Clock clock,
    Supplier<OperatorTransactionId> transactionIds) {
  public static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);
  public static final Duration DEFAULT_REQUEST_RETENTION = Duration.ofDays(30);
  public static final int DEFAULT_MAX_ATTEMPTS = 10;

  public WalletSettings {
    Objects.requireNonNull(money, "money");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(transactionIds, "transactionIds");
    requirePositive(sessionIdleTimeout, "session idle timeout");
    requirePositive(requestRetention, "request retention");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt is needed");
    }
  }

  /** ISO currencies, 30-minute sessions, 30-day retention, 10 attempts, UTC clock, UUID ids. */
  public static WalletSettings defaults() {
    return new WalletSettings(
        MoneyPolicy.defaults(),
        DEFAULT_SESSION_IDLE_TIMEOUT,
        DEFAULT_REQUEST_RETENTION,
        DEFAULT_MAX_ATTEMPTS,
        Clock.systemUTC(),
        WalletSettings::randomTransactionId);
  }

  public WalletSettings withMoney(MoneyPolicy value) {
    return new WalletSettings(
        value, sessionIdleTimeout, requestRetention, maxAttempts, clock, transactionIds);
  }

  public WalletSettings withSessionIdleTimeout(Duration value) {
    return new WalletSettings(money, value, requestRetention, maxAttempts, clock, transactionIds);
  }

  public WalletSettings withRequestRetention(Duration value) {
    return new WalletSettings(money, sessionIdleTimeout, value, maxAttempts, clock, transactionIds);
  }

  public WalletSettings withMaxAttempts(int value) {
    return new WalletSettings(
        money, sessionIdleTimeout, requestRetention, value, clock, transactionIds);
  }

  public WalletSettings withClock(Clock value) {
    return new WalletSettings(
        money, sessionIdleTimeout, requestRetention, maxAttempts, value, transactionIds);
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
