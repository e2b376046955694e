package dev.walletgate.adapter.http.luckymonaco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.port.out.UnstorableValueException;
import dev.walletgate.application.protocol.WireCurrency;
import dev.walletgate.domain.outcome.Outcome;

/**
 * Turns a parsed body into a use-case command, runs it, and maps the result onto LuckyMonaco's
 * statuses. Bad input answers {@code INVALID_PARAMETER} before any use case runs (and so does a
 * value the database refused as data); a storage fault answers 503 {@code TEMPORARY_ERROR}
 * (LuckyMonaco retries); anything else 500 {@code UNKNOWN_ERROR}.
 */
final class LuckyMonacoCalls {
  private final ProviderUseCases useCases;

  LuckyMonacoCalls(ProviderUseCases useCases) {
    this.useCases = useCases;
  }

  AnsweredCall answer(LuckyMonacoCall call, ObjectNode body) {
    String requestId = WireFields.peekText(body, "uuid");
    String key = peekKey(call, body, requestId);
    Answer answer;
    try {
      answer = run(call, body);
    } catch (InvalidParameterException invalid) {
      answer = Answer.invalidParameter(invalid.reason());
    } catch (UnstorableValueException refused) {
      // The database refused a value as data: a retry would meet it again (no 503).
      answer = Answer.invalidParameter("INVALID_PARAMETER");
    } catch (StorageException retry) {
      answer = Answer.status(503, LuckyMonacoStatus.TEMPORARY_ERROR, "RETRY");
    } catch (RuntimeException unexpected) {
      answer = Answer.status(500, LuckyMonacoStatus.UNKNOWN_ERROR, "ERROR");
    }
    return new AnsweredCall(call.wireName(), requestId, key, answer);
  }

  private Answer run(LuckyMonacoCall call, ObjectNode body) {
    switch (call) {
      case CHECK:
        return check(CheckRequest.from(body));
      case BALANCE:
        return balance(BalanceRequest.from(body));
      case BET:
        return bet(BetRequest.from(body));
      case WIN:
        return win(WinRequest.from(body));
      case CANCEL:
        return cancel(CancelRequest.from(body));
      default:
        throw new IllegalStateException("no such call: " + call);
    }
  }

  private Answer check(CheckRequest request) {
    return Answer.checked(useCases.checkSession().checkSession(request.toCommand()), request.sid());
  }

  private Answer balance(BalanceRequest request) {
    Outcome outcome =
        WireCurrency.sessionRead(
            request.currency(), code -> useCases.getBalance().getBalance(request.toCommand(code)));
    return Answer.of(outcome, false, true);
  }

  private Answer bet(BetRequest request) {
    return Answer.of(
        WireCurrency.recorded(
            request.currency(), code -> useCases.placeBet().placeBet(request.toCommand(code))),
        true);
  }

  private Answer win(WinRequest request) {
    return Answer.of(
        WireCurrency.recorded(
            request.currency(), code -> useCases.settleWin().settleWin(request.toCommand(code))),
        true);
  }

  private Answer cancel(CancelRequest request) {
    return Answer.of(useCases.cancelBet().cancelBet(request.toCommand()), false);
  }

  private static String peekKey(LuckyMonacoCall call, ObjectNode body, String requestId) {
    switch (call) {
      case WIN:
        return requestId;
      case BET:
      case CANCEL:
        JsonNode transaction = body.get("transaction");
        return transaction instanceof ObjectNode object ? WireFields.peekText(object, "id") : null;
      default:
        return null;
    }
  }
}
