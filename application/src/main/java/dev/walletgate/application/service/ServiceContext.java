package dev.walletgate.application.service;

import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.domain.model.OperatorTransactionId;
import java.time.Instant;

/** What every service shares: settings, the transaction runner, request recording, balances. */
final class ServiceContext {
  private final WalletSettings settings;
  private final TransactionRunner runner;
  private final Balances balances;
  private final RecordedRequests requests;

  ServiceContext(Transactions transactions, WalletSettings settings, CallObserver observer) {
    this.settings = settings;
    this.runner = new TransactionRunner(transactions, settings.maxAttempts(), observer);
    this.balances = new Balances(settings.money().currencies());
    this.requests =
        new RecordedRequests(runner, balances, settings.clock(), settings.transactionIds());
  }

  WalletSettings settings() {
    return settings;
  }

  TransactionRunner runner() {
    return runner;
  }

  Balances balances() {
    return balances;
  }

  RecordedRequests requests() {
    return requests;
  }

  Instant now() {
    return settings.clock().instant();
  }

  OperatorTransactionId nextTransactionId() {
    return settings.transactionIds().get();
  }
}
