package dev.walletgate.adapter.http.kyren;

import static dev.walletgate.adapter.http.kyren.KyrenHarness.answer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletgate.application.memory.InMemoryStores.FaultInjector;
import dev.walletgate.application.port.in.LockPlayerCommand;
import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.outcome.Refusal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every row of the spec's outcome-to-code table, produced over the wire. */
class KyrenOutcomeTableTest {
  private static final String ROUND = "round-7";

  private final KyrenHarness kyren = new KyrenHarness();
  private SessionId session;

  private Map<String, Object> bet(String key, Object amount) {
    return KyrenBodies.bet(kyren.nextId(), session, ROUND, key, amount);
  }

  @Test
  void success_answers0WithSuccess() {
    session = kyren.player();
    JsonNode body = answer(kyren.post("Bet", bet("b1", "1.00")), 0);
    assertThat(body.get("description").textValue()).isEqualTo("Success");
  }

  @Test
  void B2_idempotentDuplicate_answers0WithTheOriginalTransactionId() {
    session = kyren.player();
    JsonNode first = answer(kyren.post("Bet", bet("b1", "1.00")), 0);
    JsonNode duplicate = answer(kyren.post("Bet", bet("b1", "1.00")), 0);

    assertThat(duplicate.get("transactionId")).isEqualTo(first.get("transactionId"));
    assertThat(duplicate.get("cash").textValue()).isEqualTo("999.00");
  }

  @Test
  void I2_replay_answers0WithTheIdenticalBody() {
    session = kyren.player();
    String request = KyrenHarness.write(bet("b1", "1.00"));
    Reply first = kyren.post("Bet", request);
    answer(kyren.post("Bet", bet("b2", "2.00")), 0);

    Reply replay = kyren.post("Bet", request);

    assertThat(replay.bodyText()).isEqualTo(first.bodyText());
    assertThat(kyren.balance()).isEqualByComparingTo("997.00");
  }

  @Test
  void insufficientFunds_answers15WithCash() {
    session = kyren.player();
    JsonNode body = answer(kyren.post("Bet", bet("b1", "1000.01")), 15);
    assertThat(body.get("description").textValue()).isEqualTo("Insufficient balance");
    assertThat(body.get("cash").textValue()).isEqualTo("1000.00");
  }

  @Test
  void currencyMismatch_answers52() {
    session = kyren.player();
    Map<String, Object> body = bet("b1", "1.00");
    body.put("currency", "EUR");
    JsonNode answer = answer(kyren.post("Bet", body), 52);
    assertThat(answer.get("description").textValue()).isEqualTo("Player currency does not match");
  }

  @Test
  void betVoided_answers53() {
    session = kyren.player();
    answer(kyren.post("Cancel", KyrenBodies.cancel(kyren.nextId(), session, ROUND, "b1")), 0);
    JsonNode body = answer(kyren.post("Bet", bet("b1", "1.00")), 53);
    assertThat(body.get("description").textValue()).startsWith("Bet is not allowed: ");
  }

  @Test
  void roundEnded_answers53() {
    session = kyren.player();
    answer(kyren.post("Bet", bet("b1", "1.00")), 0);
    answer(kyren.post("EndRound", KyrenBodies.endRound(kyren.nextId(), ROUND)), 0);
    JsonNode body = answer(kyren.post("Bet", bet("b2", "1.00")), 53);
    assertThat(body.get("description").textValue()).contains("round has ended");
  }

  @Test
  void betAlreadySettled_answers53() {
    session = kyren.player();
    answer(kyren.post("Bet", bet("b1", "1.00")), 0);
    answer(kyren.post("EndRound", KyrenBodies.endRound(kyren.nextId(), ROUND)), 0);
    answer(kyren.post("Cancel", KyrenBodies.cancel(kyren.nextId(), session, ROUND, "b1")), 53);
  }

  // Rows 53 (BET_NOT_ALLOWED) and 60 (BET_LIMIT_REACHED), the bet guard's refusals, are produced
  // over the wire, with their replays, in KyrenBetGuardTest.

  @Test
  void invalidSession_answers55() {
    kyren.player();
    session = new SessionId("not-a-session");
    JsonNode body = answer(kyren.post("Bet", bet("b1", "1.00")), 55);
    assertThat(body.get("description").textValue()).isEqualTo("Invalid sessionId");
  }

  @Test
  void accountLocked_answers56() {
    session = kyren.player();
    kyren
        .wallet
        .services()
        .accounts()
        .setLocked(new LockPlayerCommand(new PlayerId(KyrenHarness.PLAYER), true));
    JsonNode body = answer(kyren.post("Bet", bet("b1", "1.00")), 56);
    assertThat(body.get("description").textValue()).isEqualTo("Player is frozen");
  }

  @Test
  void malformedBody_answers57() {
    kyren.player();
    JsonNode body = answer(kyren.post("Bet", "{\"uuid\":"), 57);
    assertThat(body.get("description").textValue()).startsWith("Invalid parameters: ");
  }

  @Test
  void wrongType_answers57() {
    session = kyren.player();
    Map<String, Object> body = bet("b1", "1.00");
    body.put("roundId", 42);
    answer(kyren.post("Bet", body), 57);
  }

  @Test
  void B3_conflictingDuplicate_answers57() {
    session = kyren.player();
    answer(kyren.post("Bet", bet("b1", "1.00")), 0);
    JsonNode body = answer(kyren.post("Bet", bet("b1", "2.00")), 57);
    assertThat(body.get("description").textValue()).startsWith("Invalid parameters: ");
    assertThat(kyren.balance()).isEqualByComparingTo("999.00");
  }

  @Test
  void invalidAmount_answers59() {
    session = kyren.player();
    JsonNode body = answer(kyren.post("Bet", bet("b1", "0")), 59);
    assertThat(body.get("description").textValue()).isEqualTo("Invalid amount");
  }

  @Test
  void playerNotFound_answers62() {
    Map<String, Object> result = KyrenBodies.result(kyren.nextId(), ROUND, "w1", "1.00");
    JsonNode body = answer(kyren.post("Result", result), 62);
    assertThat(body.get("description").textValue()).isEqualTo("Player not found");
  }

  @Test
  void missingRequiredField_answers64NamingIt() {
    session = kyren.player();
    Map<String, Object> body = bet("b1", "1.00");
    body.remove("gameName");
    JsonNode answer = answer(kyren.post("Bet", body), 64);
    assertThat(answer.get("description").textValue())
        .isEqualTo("Validation failed. Empty mandatory field 'gameName'");
  }

  @Test
  void currencyNotConfigured_answers71NamingIt() {
    session = kyren.player();
    Map<String, Object> body = bet("b1", "1.00");
    body.put("currency", "ABC");
    JsonNode answer = answer(kyren.post("Bet", body), 71);
    assertThat(answer.get("description").textValue())
        .isEqualTo("Currency code 'ABC' is unsupported");
  }

  @Test
  void F1_storageFault_answers998AndLeavesNoEffect() {
    session = kyren.player();
    KyrenHarness.Stored before = kyren.stored();
    kyren.wallet.memory().injectFaults(failing("accounts.book"));

    JsonNode body = answer(kyren.post("Bet", bet("b1", "1.00")), 998);

    kyren.wallet.memory().injectFaults(FaultInjector.NONE);
    assertThat(body.get("description").textValue()).isEqualTo("Internal error, retry");
    assertThat(kyren.stored()).isEqualTo(before);
  }

  @Test
  void F1_storageFaultInEndRound_answers997() {
    session = kyren.player();
    answer(kyren.post("Bet", bet("b1", "1.00")), 0);
    KyrenHarness.Stored before = kyren.stored();
    kyren.wallet.memory().injectFaults(failing("bets.update"));

    answer(kyren.post("EndRound", KyrenBodies.endRound(kyren.nextId(), ROUND)), 997);

    kyren.wallet.memory().injectFaults(FaultInjector.NONE);
    assertThat(kyren.stored()).isEqualTo(before);
  }

  @Test
  void F1_retriedCallAfterAFault_finishesTheWork() {
    session = kyren.player();
    String request = KyrenHarness.write(bet("b1", "1.00"));
    kyren.wallet.memory().injectFaults(failing("requests.complete"));
    answer(kyren.post("Bet", request), 998);
    kyren.wallet.memory().injectFaults(FaultInjector.NONE);

    answer(kyren.post("Bet", request), 0);

    assertThat(kyren.balance()).isEqualByComparingTo("999.00");
  }

  @Test
  void unexpectedFailure_answers999WithoutDetails() {
    session = kyren.player();
    KyrenHarness.Stored before = kyren.stored();
    kyren
        .wallet
        .memory()
        .injectFaults(
            op -> {
              if (op.equals("bets.insert")) {
                throw new IllegalStateException("secret detail dev.walletgate.X");
              }
            });

    JsonNode body = answer(kyren.post("Bet", bet("b1", "1.00")), 999);

    kyren.wallet.memory().injectFaults(FaultInjector.NONE);
    assertThat(body.get("description").textValue()).isEqualTo("Internal error");
    assertThat(kyren.stored()).isEqualTo(before);
  }

  @Test
  void everyRefusal_hasAKyrenCode_andBetNotFoundIs57() {
    for (Refusal refusal : Refusal.values()) {
      assertThat(KyrenOutcomes.code(refusal)).isPositive();
    }
    assertThat(KyrenOutcomes.code(Refusal.BET_NOT_FOUND)).isEqualTo(57);
    assertThat(KyrenOutcomes.code(Refusal.UNSUPPORTED_CURRENCY)).isEqualTo(71);
    assertThat(KyrenOutcomes.code(Refusal.BET_LIMIT_REACHED)).isEqualTo(60);
    assertThat(KyrenOutcomes.code(Refusal.BET_NOT_ALLOWED)).isEqualTo(53);
  }

  private static FaultInjector failing(String operation) {
    return op -> {
      if (op.equals(operation)) {
        throw new StorageUnavailableException("injected", null);
      }
    };
  }
}
