package dev.walletgate.adapter.http.luckymonaco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Reply;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoTestClient.Snapshot;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.Win;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The win call's breakdown ({@code transaction.win} and {@code transaction.jackpot}): stored with
 * the win as given, never added to what is booked, and checked as amounts of the currency.
 */
class LuckyMonacoWinBreakdownTest {
  private final LuckyMonacoTestClient lm = new LuckyMonacoTestClient();

  private ObjectNode winWithBreakdown(String uuid, String amount, String win, String jackpot) {
    ObjectNode body = lm.win(uuid, "spin-1", amount, "ok");
    ObjectNode transaction = (ObjectNode) body.get("transaction");
    if (win != null) {
      transaction.put("win", win);
    }
    if (jackpot != null) {
      transaction.put("jackpot", jackpot);
    }
    return body;
  }

  private Win storedWin(String uuid) {
    return lm.wallet.storedWin(Integration.LUCKYMONACO, uuid).orElseThrow();
  }

  @Test
  void W_winWithBreakdown_storesBothPartsAndBooksOnlyTheAmount() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    String uuid = lm.nextId();

    lm.post("win", winWithBreakdown(uuid, "30.00", "20.00", "10.00"))
        .isFirst("OK")
        .hasBalance("1020.00");

    Win win = storedWin(uuid);
    assertThat(win.amount()).isEqualByComparingTo("30.00");
    assertThat(win.winPart()).isEqualByComparingTo("20.00");
    assertThat(win.jackpotPart()).isEqualByComparingTo("10.00");
  }

  @Test
  void W_breakdownThatDoesNotAddUp_isStoredAsGiven() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    String uuid = lm.nextId();

    lm.post("win", winWithBreakdown(uuid, "5.00", "7.50", "0")).isFirst("OK").hasBalance("995.00");

    assertThat(storedWin(uuid).winPart()).isEqualByComparingTo("7.50");
    assertThat(storedWin(uuid).jackpotPart()).isEqualByComparingTo("0");
  }

  @Test
  void W_winWithoutBreakdown_storesNoParts() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    String uuid = lm.nextId();

    lm.post("win", lm.win(uuid, "spin-1", "4.00", "ok")).isFirst("OK");

    assertThat(storedWin(uuid).winPart()).isNull();
    assertThat(storedWin(uuid).jackpotPart()).isNull();
  }

  @Test
  void W_onlyJackpotAsJsonNumber_storesItAndNoWinPart() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    String uuid = lm.nextId();
    ObjectNode body = lm.win(uuid, "spin-1", "12.25", "ok");
    ((ObjectNode) body.get("transaction")).put("jackpot", new BigDecimal("12.25"));

    lm.post("win", body).isFirst("OK");

    assertThat(storedWin(uuid).winPart()).isNull();
    assertThat(storedWin(uuid).jackpotPart()).isEqualByComparingTo("12.25");
  }

  @ParameterizedTest
  @ValueSource(strings = {"win", "jackpot"})
  void M3_breakdownWithTooManyDecimals_invalidParameterAndNothingStored(String field) {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    Snapshot before = lm.snapshot();
    String uuid = lm.nextId();
    ObjectNode body = lm.win(uuid, "spin-1", "5.00", "ok");
    ((ObjectNode) body.get("transaction")).put(field, "1.001");

    lm.post("win", body).isFirst("INVALID_PARAMETER");

    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.requestStored(uuid)).isFalse();
    assertThat(lm.wallet.storedWin(Integration.LUCKYMONACO, uuid)).isEmpty();
  }

  @Test
  void M3_breakdownOverTheCeiling_invalidParameterAndNothingStored() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    Snapshot before = lm.snapshot();
    String uuid = lm.nextId();

    lm.post("win", winWithBreakdown(uuid, "5.00", "10000000000000.00", null))
        .isFirst("INVALID_PARAMETER");

    assertThat(lm.snapshot()).isEqualTo(before);
    assertThat(lm.requestStored(uuid)).isFalse();
    assertThat(lm.wallet.storedWin(Integration.LUCKYMONACO, uuid)).isEmpty();
  }

  @Test
  void I3_sameUuidWithAnotherBreakdown_betAlreadyExistAndTheFirstPartsStay() {
    lm.post("bet", lm.bet(lm.nextId(), "spin-1", "10.00"));
    String uuid = lm.nextId();
    lm.post("win", winWithBreakdown(uuid, "30.00", "20.00", "10.00")).isFirst("OK");
    Snapshot afterFirst = lm.snapshot();

    Reply replay = lm.post("win", winWithBreakdown(uuid, "30.00", "20.00", "10.00"));
    lm.post("win", winWithBreakdown(uuid, "30.00", "25.00", "5.00")).isFirst("BET_ALREADY_EXIST");

    assertThat(replay.status()).isEqualTo("OK");
    assertThat(replay.json.get("retransmission").booleanValue()).isTrue();
    assertThat(lm.snapshot()).isEqualTo(afterFirst);
    assertThat(storedWin(uuid).winPart()).isEqualByComparingTo("20.00");
    assertThat(storedWin(uuid).jackpotPart()).isEqualByComparingTo("10.00");
  }
}
