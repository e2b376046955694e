package dev.walletgate.adapter.http.luckymonaco;

import dev.walletgate.domain.outcome.Outcome;
import dev.walletgate.domain.outcome.Refusal;

/** The {@code status} values of LuckyMonaco's answers, and the outcome-to-status table. */
enum LuckyMonacoStatus {
  OK,
  INVALID_TOKEN_ID,
  INVALID_SID,
  INVALID_PARAMETER,
  INSUFFICIENT_FUNDS,
  ACCOUNT_LOCKED,
  BET_ALREADY_EXIST,
  BET_DOES_NOT_EXIST,
  BET_ALREADY_SETTLED,
  FINAL_ERROR_ACTION_FAILED,
  TEMPORARY_ERROR,
  UNKNOWN_ERROR;

  static LuckyMonacoStatus of(Outcome outcome) {
    if (outcome instanceof Outcome.Refused refused) {
      return of(refused.refusal());
    }
    return OK;
  }

  static LuckyMonacoStatus of(Refusal refusal) {
    return switch (refusal) {
      case INSUFFICIENT_FUNDS -> INSUFFICIENT_FUNDS;
      case INVALID_SESSION -> INVALID_SID;
      case ACCOUNT_LOCKED -> ACCOUNT_LOCKED;
      case INVALID_AMOUNT, CURRENCY_MISMATCH, UNSUPPORTED_CURRENCY, PLAYER_NOT_FOUND ->
          INVALID_PARAMETER;
      case CONFLICTING_DUPLICATE -> BET_ALREADY_EXIST;
      case BET_VOIDED, ROUND_ENDED, BET_LIMIT_REACHED, BET_NOT_ALLOWED -> FINAL_ERROR_ACTION_FAILED;
      case BET_ALREADY_SETTLED -> BET_ALREADY_SETTLED;
      case BET_NOT_FOUND -> BET_DOES_NOT_EXIST;
    };
  }
}
