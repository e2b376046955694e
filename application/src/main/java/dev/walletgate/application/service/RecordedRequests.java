package dev.walletgate.application.service;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.out.Claim;
import dev.walletgate.application.port.out.RecordedOutcome;
import dev.walletgate.application.port.out.RequestRecord;
import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.effect.Decision;
import dev.walletgate.domain.effect.Stamp;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import dev.walletgate.domain.rules.Fingerprint;
import dev.walletgate.domain.rules.RequestRules;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The lifecycle of every state-changing provider call, run once (I1-I4) as one transaction: claim
 * the request id, load what the rules read, let them decide, store the effects, record the outcome.
 * A request id seen before replays its recorded outcome; seen with other content, it is refused.
 * Two copies racing each other collide on the claim, and the loser's retry replays the winner's
 * outcome.
 */
final class RecordedRequests {
  private final TransactionRunner runner;
  private final Balances balances;
  private final Clock clock;
  private final Supplier<OperatorTransactionId> transactionIds;

  RecordedRequests(
      TransactionRunner runner,
      Balances balances,
      Clock clock,
      Supplier<OperatorTransactionId> transactionIds) {
    this.runner = runner;
    this.balances = balances;
    this.clock = clock;
    this.transactionIds = transactionIds;
  }

  /**
   * @param load reads (and locks) what the call's rules need, after the claim
   * @param decide the call's rules over what was loaded
   */
  <F> CallbackResult run(
      RecordedCall call, Function<Stores, F> load, BiFunction<F, Stamp, Decision> decide) {
    return runner.run(
        stores -> {
          Instant now = clock.instant();
          Claim claim = stores.requests().claimAhead(call.claim(now));
          if (claim.answered() && !claim.won()) {
            return seenBefore(stores, call.integration(), call.requestId(), call.fingerprint());
          }
          // A claim not yet answered goes with the load's first read; a request seen before then
          // ignores what was loaded, and its locks end with the transaction.
          F loaded = load.apply(stores);
          if (!claim.won()) {
            return seenBefore(stores, call.integration(), call.requestId(), call.fingerprint());
          }
          Decision decision = decide.apply(loaded, new Stamp(now, transactionIds));
          EffectWriter.write(stores, decision, now);
          Outcome outcome = balances.outcome(decision);
          stores
              .requests()
              .complete(call.integration(), call.requestId(), balances.record(outcome));
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
