package dev.walletgate.bootstrap.bench;

import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.EndRoundCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.RefundBetCommand;
import dev.walletgate.application.port.in.SettleWinCommand;
import dev.walletgate.application.service.WalletServices;
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

/** The mix through the use cases, as the Kyren adapter would call them. */
final class UseCaseDriver implements Driver {
  private static final Integration KYREN = Integration.KYREN;
  private static final BigDecimal STAKE = new BigDecimal(Mix.STAKE);
  private static final BigDecimal WIN = new BigDecimal(Mix.WIN);

  private final WalletServices services;

  UseCaseDriver(WalletServices services) {
    this.services = services;
  }

  @Override
  public boolean execute(Step step) {
    CallbackResult result = send(step);
    return result.outcome() instanceof Outcome.Success;
  }

  private CallbackResult send(Step step) {
    RequestId request = new RequestId(step.requestId());
    PlayerId player = new PlayerId(step.player().id());
    SessionId session = new SessionId(step.player().session());
    RoundId round = new RoundId(step.round());
    switch (step.kind()) {
      case BET:
        return services
            .bets()
            .placeBet(
                new PlaceBetCommand(
                    KYREN,
                    request,
                    player,
                    session,
                    round,
                    new BetKey(step.key()),
                    STAKE,
                    Mix.CODE));
      case WIN:
        return services
            .wins()
            .settleWin(
                new SettleWinCommand(
                    KYREN,
                    request,
                    player,
                    Optional.of(session),
                    round,
                    new WinKey(step.key()),
                    WIN,
                    Mix.CODE,
                    false,
                    false,
                    Optional.empty()));
      case END_ROUND:
        return services
            .rounds()
            .endRound(
                new EndRoundCommand(KYREN, request, player, Optional.of(session), round, Mix.CODE));
      case CANCEL:
        return services
            .cancels()
            .cancelBet(
                new CancelBetCommand(
                    KYREN,
                    request,
                    player,
                    Optional.of(session),
                    Optional.of(round),
                    new BetKey(step.key()),
                    Optional.of(Mix.CODE)));
      case REFUND:
        return services
            .cancels()
            .refundBet(
                new RefundBetCommand(
                    KYREN, request, player, round, new BetKey(step.key()), Mix.CODE));
      default:
        throw new IllegalStateException("unknown step " + step.kind());
    }
  }
}
