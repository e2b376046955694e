package dev.walletgate.domain.rules;

import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.Bet;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.BetState;
import dev.walletgate.domain.model.EntryKind;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.OperatorTransactionId;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Round;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.RoundState;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.VoidedKey;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.time.Instant;

/** Small builders for the loaded state the rule tests hand to the decisions. */
final class Given {
  static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");
  static final PlayerId ALICE = new PlayerId("alice");
  static final PlayerId BOB = new PlayerId("bob");
  static final CurrencyCode USD = new CurrencyCode("USD");
  static final CurrencyCode EUR = new CurrencyCode("EUR");
  static final RoundId ROUND = new RoundId("round-1");
  static final RoundId OTHER_ROUND = new RoundId("round-2");
  static final OperatorTransactionId DEBIT_TX = new OperatorTransactionId("tx-debit");
  static final OperatorTransactionId CANCEL_TX = new OperatorTransactionId("tx-cancel");

  private Given() {}

  static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  static Account account(PlayerId player, CurrencyCode currency, String balance) {
    return new Account(player, currency, dec(balance), false);
  }

  static Account lockedAccount(PlayerId player, CurrencyCode currency, String balance) {
    return new Account(player, currency, dec(balance), true);
  }

  /** A booked bet (OPEN, SETTLED or CANCELLED) of {@code key} in {@link #ROUND}. */
  static Bet bet(String key, PlayerId player, CurrencyCode currency, String stake, BetState state) {
    return bookedBet(Integration.KYREN, key, player, currency, dec(stake), ROUND, state);
  }

  static Bet bookedBet(
      Integration integration,
      String key,
      PlayerId player,
      CurrencyCode currency,
      BigDecimal stake,
      RoundId round,
      BetState state) {
    if (state == BetState.VOIDED) {
      throw new IllegalArgumentException("use voided(...) for a void row");
    }
    return new Bet(
        integration,
        new BetKey(key),
        player,
        currency,
        stake,
        round,
        new SessionId("session-1"),
        state,
        DEBIT_TX,
        state == BetState.CANCELLED ? CANCEL_TX : null,
        T0);
  }

  /** The void row a cancel of an unknown key leaves (C3); {@code currency} may be null. */
  static VoidedKey voided(String key, PlayerId player, CurrencyCode currency) {
    return new VoidedKey(
        Integration.KYREN, new BetKey(key), player, currency, ROUND, null, CANCEL_TX, T0);
  }

  static Round round(RoundState state) {
    return new Round(Integration.KYREN, ROUND, state);
  }

  static Win win(String key, PlayerId player, CurrencyCode currency, String amount, RoundId round) {
    return new Win(
        Integration.KYREN,
        new WinKey(key),
        player,
        currency,
        dec(amount),
        round,
        new OperatorTransactionId("tx-win-" + key),
        T0);
  }

  /** A platform deposit or withdrawal entry; {@code amount} is the positive amount moved. */
  static LedgerEntry transfer(
      String reference,
      PlayerId player,
      CurrencyCode currency,
      EntryKind kind,
      String amount,
      String balanceAfter) {
    return entry(reference, player, currency, kind, dec(amount), dec(balanceAfter));
  }

  /** Any entry; {@code amount} is positive and gets the kind's sign. */
  static LedgerEntry entry(
      String key,
      PlayerId player,
      CurrencyCode currency,
      EntryKind kind,
      BigDecimal amount,
      BigDecimal balanceAfter) {
    return new LedgerEntry(
        new OperatorTransactionId("tx-" + key),
        player,
        currency,
        kind,
        amount.multiply(BigDecimal.valueOf(kind.sign())),
        balanceAfter,
        null,
        key,
        T0);
  }
}
