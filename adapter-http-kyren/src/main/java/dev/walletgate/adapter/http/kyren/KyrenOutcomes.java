package dev.walletgate.adapter.http.kyren;

import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;
import java.util.Optional;
import java.util.regex.Pattern;

/** The outcome-to-code table of the adapter's README: an outcome as a Kyren error code and text. */
final class KyrenOutcomes {
  // Only a plain code is echoed back in a description; anything else is not repeated.
  private static final Pattern ECHOABLE_CODE = Pattern.compile("[A-Za-z0-9]{1,16}");

  private KyrenOutcomes() {}

  /**
   * @param currency the currency the request named, quoted in the unsupported-currency text
   */
  static KyrenAnswer answer(Outcome outcome, String currency) {
    if (outcome instanceof Outcome.Success success) {
      return new KyrenAnswer(
          KyrenAnswer.SUCCESS,
          "Success",
          success.balance(),
          success.transactionId().map(OperatorTransactionId::value),
          "SUCCESS");
    }
    Outcome.Refused refused = (Outcome.Refused) outcome;
    Refusal refusal = refused.refusal();
    return new KyrenAnswer(
        code(refusal),
        description(refusal, currency),
        refused.balance(),
        Optional.empty(),
        refusal.name());
  }

  // Switch expressions over the enum: a new refusal fails the build until it has a code here.
  static int code(Refusal refusal) {
    return switch (refusal) {
      case INSUFFICIENT_FUNDS -> 15;
      case CURRENCY_MISMATCH -> 52;
      case BET_VOIDED, ROUND_ENDED, BET_ALREADY_SETTLED, BET_NOT_ALLOWED -> 53;
      case INVALID_SESSION -> 55;
      case ACCOUNT_LOCKED -> 56;
      case CONFLICTING_DUPLICATE, BET_NOT_FOUND -> KyrenAnswer.INVALID_PARAMETERS;
      case INVALID_AMOUNT -> KyrenAnswer.INVALID_AMOUNT;
      case BET_LIMIT_REACHED -> 60;
      case PLAYER_NOT_FOUND -> 62;
      case UNSUPPORTED_CURRENCY -> 71;
    };
  }

  private static String description(Refusal refusal, String currency) {
    return switch (refusal) {
      case INSUFFICIENT_FUNDS -> "Insufficient balance";
      case CURRENCY_MISMATCH -> "Player currency does not match";
      case BET_VOIDED -> "Bet is not allowed: the bet was cancelled";
      case ROUND_ENDED -> "Bet is not allowed: the round has ended";
      case BET_ALREADY_SETTLED -> "Bet is not allowed: the bet is already settled";
      case BET_NOT_ALLOWED -> "Bet is not allowed: refused by the operator";
      case BET_LIMIT_REACHED -> "Bet limit reached";
      case INVALID_SESSION -> "Invalid sessionId";
      case ACCOUNT_LOCKED -> "Player is frozen";
      case CONFLICTING_DUPLICATE -> "Invalid parameters: conflicts with an earlier request";
      case BET_NOT_FOUND -> "Invalid parameters: bet not found";
      case INVALID_AMOUNT -> "Invalid amount";
      case PLAYER_NOT_FOUND -> "Player not found";
      case UNSUPPORTED_CURRENCY -> unsupportedCurrency(currency);
    };
  }

  private static String unsupportedCurrency(String currency) {
    return currency != null && ECHOABLE_CODE.matcher(currency).matches()
        ? "Currency code '" + currency + "' is unsupported"
        : "Currency code is unsupported";
  }
}
