package dev.walletgate.adapter.http.luckymonaco;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.domain.money.Money;
import dev.walletgate.domain.outcome.Outcome;
import java.util.Optional;

/**
 * What the handler decided to answer, before it is written, with what the call report needs.
 *
 * @param status the body's status, or null for an answer without a body (404, 405, 413, 415)
 * @param outcome the call report's outcome: {@code SUCCESS}, a refusal's name or a protocol answer
 */
record Answer(
    int httpStatus,
    LuckyMonacoStatus status,
    Optional<Money> balance,
    Optional<String> sid,
    boolean retransmission,
    String outcome) {
  static final int OK = 200;

  /** A use case's answer. {@code balanceOnSuccess}: whether the call's success body has one. */
  static Answer of(Outcome outcome, boolean replayed, boolean balanceOnSuccess) {
    boolean success = outcome.isSuccess();
    Optional<Money> balance = success && !balanceOnSuccess ? Optional.empty() : outcome.balance();
    String name = outcome instanceof Outcome.Refused refused ? refused.refusal().name() : "SUCCESS";
    return new Answer(OK, LuckyMonacoStatus.of(outcome), balance, Optional.empty(), replayed, name);
  }

  static Answer of(CallbackResult result, boolean balanceOnSuccess) {
    return of(result.outcome(), result.replayed(), balanceOnSuccess);
  }

  static Answer checked(Outcome outcome, String sid) {
    Answer answer = of(outcome, false, false);
    return outcome.isSuccess()
        ? new Answer(OK, answer.status, Optional.empty(), Optional.of(sid), false, answer.outcome)
        : answer;
  }

  static Answer invalidParameter(String reason) {
    return status(OK, LuckyMonacoStatus.INVALID_PARAMETER, reason);
  }

  static Answer status(int httpStatus, LuckyMonacoStatus status, String outcome) {
    return new Answer(httpStatus, status, Optional.empty(), Optional.empty(), false, outcome);
  }

  static Answer noBody(int httpStatus, String outcome) {
    return new Answer(httpStatus, null, Optional.empty(), Optional.empty(), false, outcome);
  }
}
