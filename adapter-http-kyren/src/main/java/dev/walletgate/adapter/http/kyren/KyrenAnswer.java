package dev.walletgate.adapter.http.kyren;

import dev.walletgate.domain.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Kyren body says, before it is written: the error code and description, the balance and
 * transaction id when there are any, and the outcome name the call report gets.
 */
record KyrenAnswer(
    int error,
    String description,
    Optional<Money> balance,
    Optional<String> transactionId,
    String reportedOutcome) {
  static final int SUCCESS = 0;
  static final int INVALID_PARAMETERS = 57;
  static final int INVALID_AMOUNT = 59;
  static final int MISSING_FIELD = 64;
  static final int UNEXPECTED = 999;

  KyrenAnswer {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(balance, "balance");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(reportedOutcome, "reportedOutcome");
  }

  static KyrenAnswer refusal(int error, String description, String reportedOutcome) {
    return new KyrenAnswer(error, description, Optional.empty(), Optional.empty(), reportedOutcome);
  }

  static KyrenAnswer invalidParameters(String what) {
    return refusal(INVALID_PARAMETERS, "Invalid parameters: " + what, "INVALID_PARAMETER");
  }

  static KyrenAnswer missingField(String name) {
    return refusal(
        MISSING_FIELD, "Validation failed. Empty mandatory field '" + name + "'", "MISSING_FIELD");
  }

  static KyrenAnswer invalidAmount() {
    return refusal(INVALID_AMOUNT, "Invalid amount", "INVALID_AMOUNT");
  }

  static KyrenAnswer retry(KyrenCall call) {
    return refusal(call.retryCode(), "Internal error, retry", "RETRY");
  }

  static KyrenAnswer unexpected() {
    return refusal(UNEXPECTED, "Internal error", "ERROR");
  }

  boolean isSuccess() {
    return error == SUCCESS;
  }
}
