package dev.walletgate.application.contract;

import static dev.walletgate.application.contract.StoreFixtures.KYREN;
import static dev.walletgate.application.contract.StoreFixtures.LUCKYMONACO;
import static dev.walletgate.application.contract.StoreFixtures.T0;
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
}
