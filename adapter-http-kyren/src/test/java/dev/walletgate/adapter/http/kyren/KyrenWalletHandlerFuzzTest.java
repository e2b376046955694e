package dev.walletgate.adapter.http.kyren;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.LedgerEntry;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Jazzer fuzz test of the handler over the in-memory stores: arbitrary paths, methods, content
 * types and bodies (raw bytes, or the calls' JSON with fields dropped, retyped or replaced) never
 * make an exception escape, always get a well-formed Kyren body or an allowed empty
 * 404/405/413/415, never an internal error, and never leave a negative balance or a ledger out of
 * step (M4, L1).
 *
 * <p>A normal build replays the inputs under {@code KyrenWalletHandlerFuzzTestInputs/}; the {@code
 * fuzz} profile sets JAZZER_FUZZ=1 and fuzzes for at most two minutes.
 */
class KyrenWalletHandlerFuzzTest {
  private static final String[] CALLS = {
    "Check", "Balance", "Bet", "Result", "EndRound", "SessionExpired", "Cancel", "Refund"
  };
  private static final String[] PLAYERS = {KyrenHarness.PLAYER, "other", "ghost", ""};
  private static final String[] CURRENCIES = {"USD", "EUR", "JPY", "ABC", "usd", ""};
  private static final String[] IDS = {"s1", "r1", "585c1306f89c56f5ecfc2f5d", "k2", "u1", "w1"};
  private static final String[] AMOUNTS = {
    "1.00", "0", "-1", "100.001", "1e400", "NaN", " 1", "+1", "99999999999999999999999", "0.5"
  };
  private static final Set<Integer> CODES = Set.of(0, 15, 52, 53, 55, 56, 57, 59, 62, 64, 71);
  private static final Set<String> FIELDS =
      Set.of("error", "description", "currency", "cash", "transactionId");
  private static final Pattern CASH = Pattern.compile("[0-9]+(\\.[0-9]+)?");

  @FuzzTest(maxDuration = "2m")
  void anyRequests_getWellFormedAnswersAndKeepBalancesSound(FuzzedDataProvider data) {
    KyrenHarness kyren = new KyrenHarness();
    kyren.wallet.account(KyrenHarness.PLAYER, "USD", "100.00");
    kyren.wallet.account("other", "EUR", "5.00");
    kyren
        .wallet
        .services()
        .platformSessions()
        .openSession(
            new OpenSessionCommand(
                new PlayerId(KyrenHarness.PLAYER),
                new CurrencyCode("USD"),
                Optional.of(new SessionId("s1"))));
    KyrenHarness.answer(
        kyren.post(
            "Bet",
            KyrenBodies.bet("u0", new SessionId("s1"), "r1", "585c1306f89c56f5ecfc2f5d", "10.00")),
        0);

    int requests = data.consumeInt(1, 3);
    for (int i = 0; i < requests; i++) {
      boolean last = i == requests - 1;
      Reply response = kyren.handler.handle(request(data, last));
      assertWellFormed(response);
    }

    assertSound(kyren, KyrenHarness.PLAYER, "USD");
    assertSound(kyren, "other", "EUR");
  }

  private static Exchange request(FuzzedDataProvider data, boolean last) {
    boolean structured = data.consumeBoolean();
    String call = data.pickValue(CALLS);
    int transport = data.consumeInt(0, 15);
    String path = KyrenHarness.BASE + "/" + call;
    String method = "POST";
    String type = "application/json";
    if (transport == 0) {
      path = data.consumeString(64);
    } else if (transport == 1) {
      method = data.consumeString(8);
    } else if (transport == 2) {
      type = data.consumeString(48);
    }
    byte[] body;
    if (structured) {
      body = structuredBody(data, call).getBytes(StandardCharsets.UTF_8);
    } else if (last) {
      body = data.consumeRemainingAsBytes();
    } else {
      body = data.consumeBytes(data.consumeInt(0, 4096));
    }
    return Exchange.of(method, path, null, type, body, KyrenHarness.LOCAL);
  }

  /** The call's full body, then each field kept, dropped, retyped or replaced as the data says. */
  private static String structuredBody(FuzzedDataProvider data, String call) {
    SessionId session = new SessionId("s1");
    Map<String, Object> body;
    switch (call) {
      case "Check":
      case "Balance":
        body = KyrenBodies.check("u1", session);
        break;
      case "Bet":
        body = KyrenBodies.bet("u1", session, "r1", "k2", "1.00");
        break;
      case "Result":
        body = KyrenBodies.result("u1", "r1", "w1", "1.00");
        break;
      case "EndRound":
        body = KyrenBodies.endRound("u1", "r1");
        break;
      case "SessionExpired":
        body = KyrenBodies.sessionExpired("u1", session);
        break;
      case "Cancel":
        body = KyrenBodies.cancel("u1", session, "r1", "585c1306f89c56f5ecfc2f5d");
        break;
      default:
        body = KyrenBodies.refund("u1", "r1", "585c1306f89c56f5ecfc2f5d");
        break;
    }
    List<String> names = new ArrayList<>(body.keySet());
    for (String name : names) {
      mutate(data, body, name);
    }
    if (data.consumeBoolean()) {
      body.put(data.consumeString(16), data.consumeString(32));
    }
    return KyrenHarness.write(body);
  }

  private static void mutate(FuzzedDataProvider data, Map<String, Object> body, String name) {
    switch (data.consumeInt(0, 11)) {
      case 0:
        body.remove(name);
        break;
      case 1:
        body.put(name, data.consumeString(300));
        break;
      case 2:
        body.put(name, data.consumeLong());
        break;
      case 3:
        body.put(name, null);
        break;
      case 4:
        body.put(name, Map.of("v", data.consumeString(8)));
        break;
      case 5:
        body.put(name, data.pickValue(AMOUNTS));
        break;
      case 6:
        body.put(name, pickFor(data, name));
        break;
      case 7:
        body.put(name, new BigDecimal(data.consumeLong()).movePointLeft(data.consumeInt(0, 8)));
        break;
      case 8:
        // Any scale at all, so the written number may have an exponent out of BigDecimal's range.
        body.put(name, new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt()));
        break;
      default:
        break;
    }
  }

  private static String pickFor(FuzzedDataProvider data, String name) {
    switch (name) {
      case "userId":
        return data.pickValue(PLAYERS);
      case "currency":
        return data.pickValue(CURRENCIES);
      default:
        return data.pickValue(IDS);
    }
  }

  private static void assertWellFormed(Reply response) {
    if (response.status() != 200) {
      assertThat(response.status()).isIn(404, 405, 413, 415);
      assertThat(response.body()).isEmpty();
      return;
    }
    JsonNode body = KyrenHarness.wellFormed(response);
    assertThat(CODES).as(response.bodyText()).contains(body.get("error").intValue());
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      assertThat(FIELDS).contains(it.next());
    }
    if (body.has("cash")) {
      assertThat(body.get("cash").textValue()).matches(CASH);
      assertThat(body.get("currency").isTextual()).isTrue();
    }
  }

  // M4 and L1: no balance below zero, and every balance is the sum of its entries.
  private static void assertSound(KyrenHarness kyren, String player, String currency) {
    BigDecimal balance = kyren.wallet.balance(player, currency);
    BigDecimal sum =
        kyren.wallet.ledger(player, currency).stream()
            .map(LedgerEntry::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(balance.signum()).isNotNegative();
    assertThat(balance).isEqualByComparingTo(sum);
  }
}
