package dev.walletgate.bootstrap.operator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.Account;
import dev.walletgate.domain.model.PlayerId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * M2: a currency in a path, query or body that is no currency code is answered as one that is not
 * configured: 422 "unsupported currency" where a currency is taken, 404 "unknown account" where an
 * account is looked up, once every other value of the call was read; nothing is stored.
 */
class OperatorCurrencyTest {
  private static final String KEY = "operator-key";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final TestWallet wallet = TestWallet.inMemory();
  private final OperatorApi api = new OperatorApi(wallet.services(), KEY);

  @BeforeEach
  void aFundedPlayer() {
    wallet.account("alice", "USD", "100.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "US", "1USD", "ABCDEFGHIJK", "U%24D"})
  void M2_takingACurrencyThatIsNoCode_is422Unsupported(String currency) {
    assertProblem(call("PUT", "/players/alice/accounts/" + currency, null), 422, "unsupported");
    assertProblem(
        call("POST", "/players/alice/accounts/" + currency + "/deposits", transfer("1.00")),
        422,
        "unsupported");
    assertProblem(
        call("POST", "/players/alice/accounts/" + currency + "/withdrawals", transfer("1.00")),
        422,
        "unsupported");
    assertProblem(call("GET", "/players/alice/limits/" + currency, null), 422, "unsupported");
    assertProblem(
        call("PUT", "/players/alice/limits/" + currency, "{\"stakeLimit\":\"5.00\"}"),
        422,
        "unsupported");
    assertProblem(
        call("POST", "/sessions", "{\"playerId\":\"alice\",\"currency\":\"" + currency + "\"}"),
        422,
        "unsupported");
    assertNothingStored();
  }

  @ParameterizedTest
  @ValueSource(strings = {"usd", "US", "1USD", "ABCDEFGHIJK"})
  void M2_lookingUpAnAccountInACurrencyThatIsNoCode_is404(String currency) {
    assertProblem(call("GET", "/players/alice/accounts/" + currency, null), 404, "unknown account");
    assertProblem(
        call("GET", "/players/alice/ledger?currency=" + currency, null), 404, "unknown account");
  }

  // The other values are read first: their problem is the answer, as for an unconfigured currency.
  @ParameterizedTest
  @ValueSource(strings = {"usd", "QQQ"})
  void M2_aBadValueBesideTheCurrency_isTheAnswer(String currency) {
    assertProblem(
        call("POST", "/players/alice/accounts/" + currency + "/deposits", transfer("1e3")),
        422,
        "amount");
    assertProblem(
        call("PUT", "/players/alice/limits/" + currency, "{\"stakeLimit\":\"1e3\"}"),
        422,
        "stakeLimit");
    assertProblem(
        call("GET", "/players/alice/ledger?currency=" + currency + "&limit=0", null), 422, "limit");
    assertNothingStored();
  }

  private void assertProblem(Reply reply, int status, String detail) {
    assertThat(reply.status()).as(reply.bodyText()).isEqualTo(status);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    assertThat(read(reply).get("detail").textValue()).contains(detail);
  }

  private void assertNothingStored() {
    assertThat(wallet.balance("alice", "USD")).isEqualByComparingTo("100.00");
    assertThat(wallet.ledger("alice", "USD")).hasSize(1);
    List<Account> accounts =
        wallet.transactions().inTransaction(s -> s.accounts().findAll(new PlayerId("alice")));
    assertThat(accounts).hasSize(1);
  }

  private Reply call(String method, String path, String body) {
    int query = path.indexOf('?');
    Map<String, List<String>> headers =
        Map.of(
            "Authorization", List.of("Bearer " + KEY),
            "Content-Type", List.of("application/json"));
    return api.handle(
        new Exchange(
            method,
            OperatorApi.PREFIX + (query < 0 ? path : path.substring(0, query)),
            query < 0 ? null : path.substring(query + 1),
            headers,
            body == null ? null : body.getBytes(StandardCharsets.UTF_8),
            "127.0.0.1"));
  }

  private static String transfer(String amount) {
    return "{\"amount\":\"" + amount + "\",\"reference\":\"ref-1\"}";
  }

  private static JsonNode read(Reply reply) {
    try {
      return MAPPER.readTree(reply.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
