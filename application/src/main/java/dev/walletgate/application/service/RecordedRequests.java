package dev.walletgate.application.service;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.Operation;
import dev.walletgate.domain.rules.RequestRules;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs a state-changing provider request exactly once (I1-I4), as one transaction: claim the
 * request id, do the work, store its outcome. A request id seen before replays its recorded
 * outcome; seen with other content, it is refused. Two copies racing each other collide on the
 * claim, and the loser's retry replays the winner's outcome.
 */
final class RecordedRequests {
  private final TransactionRunner runner;
  private final Balances balances;
  private final Clock clock;

  RecordedRequests(TransactionRunner runner, Balances balances, Clock clock) {
    this.runner = runner;
    this.balances = balances;
    this.clock = clock;
  }

  CallbackResult run(
      Integration integration,
      RequestId requestId,
      Operation operation,
      String subject,
      Fingerprint fingerprint,
      Function<Stores, Outcome> work) {
    return runner.run(
        stores -> {
          RequestRecord pending =
              new RequestRecord(
                  integration, requestId, operation, fingerprint, null, clock.instant(), subject);
          if (!stores.requests().claim(pending)) {
            return seenBefore(stores, integration, requestId, fingerprint);
          }
          Outcome outcome = work.apply(stores);
          stores.requests().complete(integration, requestId, balances.record(outcome));
          return CallbackResult.of(outcome);
        });
  }

  private CallbackResult seenBefore(
      Stores stores, Integration integration, RequestId requestId, Fingerprint fingerprint) {
    Optional<RequestRecord> seen = stores.requests().find(integration, requestId);
    if (seen.isEmpty()) {
      // Purged (I5) between the claim and this read: the next attempt claims it anew.
      throw new RetryableConflictException("request record vanished: " + requestId.value(), null);
    }
    return switch (RequestRules.decide(seen.map(RequestRecord::fingerprint), fingerprint)) {
      case REPLAY -> new CallbackResult(balances.replay(recordedOutcome(seen.get())), true);
      case CONFLICT -> CallbackResult.of(Outcome.refused(Refusal.CONFLICTING_DUPLICATE));
      case PROCESS -> throw new IllegalStateException("a recorded request decided as new");
    };
  }

  private static RecordedOutcome recordedOutcome(RequestRecord record) {
    if (record.outcome() == null) {
      // Claim and outcome commit together, so a committed record always has one.
      throw new IllegalStateException("request record without an outcome: " + record.requestId());
    }
    return record.outcome();
  }
}
