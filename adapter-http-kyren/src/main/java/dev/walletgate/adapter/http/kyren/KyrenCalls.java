package dev.walletgate.adapter.http.kyren;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.CheckSessionCommand;
import dev.walletgate.application.port.in.EndRoundCommand;
import dev.walletgate.application.port.in.GetBalanceCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.in.RefundBetCommand;
import dev.walletgate.application.port.in.SessionExpiredCommand;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.protocol.WireCurrency;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.outcome.Outcome;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Turns each Kyren call's body into its application command, runs the use case and maps the outcome
 * (the request table of the adapter's README). Fields are read in the table's order, so the first
 * bad one answers. Fields a call carries but the wallet does not use (providerId, gameId, gameName,
 * timestamp or timeStamp, roundDetails, bonusCode, EndRound's win, Refund's amount) are checked
 * only where the README marks them required, and otherwise ignored.
 */
final class KyrenCalls {
  private static final Integration KYREN = Integration.KYREN;

  private final ProviderUseCases useCases;

  KyrenCalls(ProviderUseCases useCases) {
    this.useCases = useCases;
  }

  /** The answer and whether it replayed a recorded outcome (I2). */
  record Handled(KyrenAnswer answer, boolean replayed) {}

  Handled run(KyrenCall call, KyrenFields fields) {
    return switch (call) {
      case CHECK -> check(fields);
      case BALANCE -> balance(fields);
      case BET -> bet(fields);
      case RESULT -> result(fields);
      case END_ROUND -> endRound(fields);
      case SESSION_EXPIRED -> sessionExpired(fields);
      case CANCEL -> cancel(fields);
      case REFUND -> refund(fields);
    };
  }

  private Handled check(KyrenFields f) {
    f.required("providerId");
    PlayerId player = new PlayerId(f.required("userId"));
    String currency = f.required("currency");
    SessionId session = new SessionId(f.required("sessionId"));
    f.required("uuid");
    Outcome outcome =
        WireCurrency.sessionRead(
            currency,
            code ->
                useCases
                    .checkSession()
                    .checkSession(new CheckSessionCommand(player, session, code)));
    return read(outcome, currency);
  }

  private Handled balance(KyrenFields f) {
    f.required("providerId");
    PlayerId player = new PlayerId(f.required("userId"));
    String currency = f.required("currency");
    SessionId session = new SessionId(f.required("sessionId"));
    f.required("uuid");
    Outcome outcome =
        WireCurrency.sessionRead(
            currency,
            code -> useCases.getBalance().getBalance(new GetBalanceCommand(player, session, code)));
    return read(outcome, currency);
  }

  private Handled bet(KyrenFields f) {
    RequestId requestId = new RequestId(f.required("uuid"));
    PlayerId player = new PlayerId(f.required("userId"));
    String game = f.required("gameId");
    f.required("gameName");
    RoundId round = new RoundId(f.required("roundId"));
    KyrenFields.Amount amount = f.amount("amount");
    BetKey key = new BetKey(f.required("reference"));
    SessionId session = new SessionId(f.required("sessionId"));
    f.required("providerId");
    String currency = f.required("currency");
    BigDecimal stake = amount.orInvalid();
    CallbackResult result =
        WireCurrency.recorded(
            currency,
            code ->
                useCases
                    .placeBet()
                    .placeBet(
                        new PlaceBetCommand(
                            KYREN,
                            requestId,
                            player,
                            session,
                            round,
                            key,
                            stake,
                            code,
                            Optional.of(game))));
    return recorded(result, currency);
  }

  private Handled result(KyrenFields f) {
    RequestId requestId = new RequestId(f.required("uuid"));
    PlayerId player = new PlayerId(f.required("userId"));
    f.required("gameId");
    f.required("gameName");
    RoundId round = new RoundId(f.required("roundId"));
    KyrenFields.Amount amount = f.amount("amount");
    WinKey key = new WinKey(f.required("reference"));
    String currency = f.required("currency");
    f.required("providerId");
    Optional<SessionId> session = f.optional("sessionId").map(SessionId::new);
    BigDecimal win = amount.orInvalid();
    // W5 (Kyren): Results are credited whether or not the round has bets; a Result never ends
    // its round (EndRound does, R1).
    CallbackResult result =
        WireCurrency.recorded(
            currency,
            code ->
                useCases
                    .settleWin()
                    .settleWin(
                        new SettleWinCommand(
                            KYREN,
                            requestId,
                            player,
                            session,
                            round,
                            key,
                            win,
                            code,
                            false,
                            false,
                            Optional.empty())));
    return recorded(result, currency);
  }

  private Handled endRound(KyrenFields f) {
    RequestId requestId = new RequestId(f.required("uuid"));
    PlayerId player = new PlayerId(f.required("userId"));
    f.required("gameId");
    RoundId round = new RoundId(f.required("roundId"));
    f.required("providerId");
    Optional<SessionId> session = f.optional("sessionId").map(SessionId::new);
    String currency = f.required("currency");
    CallbackResult result =
        WireCurrency.recorded(
            currency,
            code ->
                useCases
                    .endRound()
                    .endRound(new EndRoundCommand(KYREN, requestId, player, session, round, code)));
    return recorded(result, currency);
  }

  private Handled sessionExpired(KyrenFields f) {
    f.required("providerId");
    SessionId session = new SessionId(f.required("sessionId"));
    PlayerId player = new PlayerId(f.required("userId"));
    RequestId requestId = new RequestId(f.required("uuid"));
    CallbackResult result =
        useCases
            .sessionExpired()
            .sessionExpired(new SessionExpiredCommand(KYREN, requestId, player, session));
    return recorded(result, null);
  }

  // The seed's Cancel: every field required; the session is recorded, never enforced (C4).
  private Handled cancel(KyrenFields f) {
    PlayerId player = new PlayerId(f.required("userId"));
    SessionId session = new SessionId(f.required("sessionId"));
    f.required("providerId");
    f.required("gameName");
    String currency = f.required("currency");
    BetKey key = new BetKey(f.required("reference"));
    RoundId round = new RoundId(f.required("roundId"));
    f.required("gameId");
    RequestId requestId = new RequestId(f.required("uuid"));
    CallbackResult result =
        WireCurrency.recorded(
            currency,
            code ->
                useCases
                    .cancelBet()
                    .cancelBet(
                        new CancelBetCommand(
                            KYREN,
                            requestId,
                            player,
                            Optional.of(session),
                            Optional.of(round),
                            key,
                            Optional.of(code))));
    return recorded(result, currency);
  }

  // The amount a Refund may carry is not trusted (C1) and so is not even read.
  private Handled refund(KyrenFields f) {
    PlayerId player = new PlayerId(f.required("userId"));
    f.required("providerId");
    f.required("gameName");
    String currency = f.required("currency");
    RoundId round = new RoundId(f.required("roundId"));
    BetKey key = new BetKey(f.required("reference"));
    f.required("gameId");
    RequestId requestId = new RequestId(f.required("uuid"));
    CallbackResult result =
        WireCurrency.recorded(
            currency,
            code ->
                useCases
                    .refundBet()
                    .refundBet(new RefundBetCommand(KYREN, requestId, player, round, key, code)));
    return recorded(result, currency);
  }

  private static Handled read(Outcome outcome, String currency) {
    return new Handled(KyrenOutcomes.answer(outcome, currency), false);
  }

  private static Handled recorded(CallbackResult result, String currency) {
    return new Handled(KyrenOutcomes.answer(result.outcome(), currency), result.replayed());
  }
}
