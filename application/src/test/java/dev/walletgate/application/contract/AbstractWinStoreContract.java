package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.KYREN;
import static dev.walletgate.application.contract.StoreFixtures.LUCKYMONACO;
import static dev.walletgate.application.contract.StoreFixtures.T0;
import static dev.walletgate.application.contract.StoreFixtures.amount;
import static dev.walletgate.application.contract.StoreFixtures.assertSameValues;
import static dev.walletgate.application.contract.StoreFixtures.win;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.Win;
import dev.walletgate.domain.model.WinKey;
import org.junit.jupiter.api.Test;

/** Contract of {@link dev.walletgate.application.port.out.WinStore}: wins by win key. */
public abstract class AbstractWinStoreContract extends AbstractStorageContract {

  @Test
  void W1_givenInsertedWin_find_returnsItExactly() {
    Win win = win(KYREN, "w1", "12.34", T0);
    doInTx(s -> s.wins().insert(win));

    assertSameValues(inTx((Stores s) -> s.wins().find(KYREN, new WinKey("w1"))).orElseThrow(), win);
  }

  @Test
  void W3_givenZeroWin_find_returnsItWithZeroAmount() {
    doInTx(s -> s.wins().insert(win(KYREN, "w0", "0", T0)));

    assertThat(inTx((Stores s) -> s.wins().find(KYREN, new WinKey("w0"))).orElseThrow().amount())
        .isEqualByComparingTo("0");
  }

  @Test
  void givenNoWin_find_returnsEmpty() {
    doInTx(s -> s.wins().insert(win(KYREN, "w1", "1", T0)));

    assertThat(inTx((Stores s) -> s.wins().find(KYREN, new WinKey("w2")))).isEmpty();
    assertThat(inTx((Stores s) -> s.wins().find(LUCKYMONACO, new WinKey("w1")))).isEmpty();
  }

  @Test
  void W1_givenTakenWinKey_insert_conflictsAndKeepsTheFirst() {
    Win first = win(KYREN, "w1", "1", T0);
    doInTx(s -> s.wins().insert(first));

    assertThatThrownBy(() -> doInTx(s -> s.wins().insert(win(KYREN, "w1", "2", T0))))
        .isInstanceOf(RetryableConflictException.class);
    assertSameValues(
        inTx((Stores s) -> s.wins().find(KYREN, new WinKey("w1"))).orElseThrow(), first);
  }

  @Test
  void givenSameWinKeyInTwoIntegrations_insert_keepsBoth() {
    Win kyren = win(KYREN, "w1", "1", T0);
    Win monaco = win(LUCKYMONACO, "w1", "2", T0);
    doInTx(s -> s.wins().insert(kyren));
    doInTx(s -> s.wins().insert(monaco));

    assertSameValues(
        inTx((Stores s) -> s.wins().find(KYREN, new WinKey("w1"))).orElseThrow(), kyren);
    assertSameValues(
        inTx((Stores s) -> s.wins().find(LUCKYMONACO, new WinKey("w1"))).orElseThrow(), monaco);
  }

  // The protocol's breakdown (LuckyMonaco win and jackpot): stored as given, or null.

  private static Win withBreakdown(Win win, String winPart, String jackpotPart) {
    return new Win(
        win.integration(),
        win.key(),
        win.player(),
        win.currency(),
        win.amount(),
        win.round(),
        win.transaction(),
        win.createdAt(),
        winPart == null ? null : amount(winPart),
        jackpotPart == null ? null : amount(jackpotPart));
  }

  @Test
  void givenWinWithBreakdown_find_returnsBothParts() {
    Win win = withBreakdown(win(LUCKYMONACO, "w1", "30.00", T0), "20.00", "10.00");
    doInTx(s -> s.wins().insert(win));

    Win found = inTx((Stores s) -> s.wins().find(LUCKYMONACO, new WinKey("w1"))).orElseThrow();

    assertSameValues(found, win);
    assertThat(found.winPart()).isEqualByComparingTo("20.00");
    assertThat(found.jackpotPart()).isEqualByComparingTo("10.00");
  }

  @Test
  void givenWinWithoutBreakdown_find_returnsNullParts() {
    doInTx(s -> s.wins().insert(win(KYREN, "w1", "5", T0)));

    Win found = inTx((Stores s) -> s.wins().find(KYREN, new WinKey("w1"))).orElseThrow();

    assertThat(found.winPart()).isNull();
    assertThat(found.jackpotPart()).isNull();
  }

  @Test
  void givenWinWithOnePart_find_keepsTheOtherNull() {
    Win jackpotOnly = withBreakdown(win(LUCKYMONACO, "w1", "7", T0), null, "7");
    Win winOnly = withBreakdown(win(LUCKYMONACO, "w2", "3", T0), "0", null);
    doInTx(s -> s.wins().insert(jackpotOnly));
    doInTx(s -> s.wins().insert(winOnly));

    Win first = inTx((Stores s) -> s.wins().find(LUCKYMONACO, new WinKey("w1"))).orElseThrow();
    Win second = inTx((Stores s) -> s.wins().find(LUCKYMONACO, new WinKey("w2"))).orElseThrow();

    assertThat(first.winPart()).isNull();
    assertThat(first.jackpotPart()).isEqualByComparingTo("7");
    assertThat(second.winPart()).isEqualByComparingTo("0");
    assertThat(second.jackpotPart()).isNull();
  }

  @Test
  void M1_givenBreakdownAtFullPrecision_find_keepsItExactly() {
    String big = "12345678901234567890.123456789012345678";
    Win win = withBreakdown(win(LUCKYMONACO, "w1", big, T0), big, "0.000000000000000001");
    doInTx(s -> s.wins().insert(win));

    Win found = inTx((Stores s) -> s.wins().find(LUCKYMONACO, new WinKey("w1"))).orElseThrow();

    assertThat(found.winPart()).isEqualByComparingTo(big);
    assertThat(found.jackpotPart()).isEqualByComparingTo("0.000000000000000001");
  }
}
