package dev.walletgate.bootstrap.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.Reply;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The operator API reads a deposit's or withdrawal's amount as the protocols read theirs: a plain
 * decimal in a string or a JSON number, never an exponent form (M3).
 */
class OperatorAmountTest {
  private static final String KEY = "operator-key";
  private static final String ACCOUNT = "/operator/v1/players/p-1/accounts/USD";

  private Walletgate walletgate;
  private OperatorApi api;

  @BeforeEach
  void anEmptyAccount() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    walletgate = Walletgate.builder(new JdbiPersistence(dataSource)).build();
    api = new OperatorApi(walletgate.services(), KEY);
    assertThat(call("PUT", ACCOUNT, null).status()).isEqualTo(200);
  }

  @AfterEach
  void close() {
    walletgate.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E2", "1e3", "2.5E1", "25E-1", "1.00e0", "1E+2", "\"1e3\"", "\"1E2\""})
  void M3_anAmountInExponentForm_isRefused422AndMovesNothing(String amount) {
    Reply reply = deposit(amount);

    assertThat(reply.status()).as(reply.bodyText()).isEqualTo(422);
    assertThat(reply.contentType()).isEqualTo("application/problem+json");
    assertThat(call("GET", ACCOUNT, null).bodyText()).contains("\"balance\":\"0.00\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.50", "3", "\"2.50\"", "0.01"})
  void M1_anAmountWrittenPlainly_isDepositedExactly(String amount) {
    Reply reply = deposit(amount);

    assertThat(reply.status()).as(reply.bodyText()).isEqualTo(200);
    String expected = new BigDecimal(amount.replace("\"", "")).setScale(2).toPlainString();
    assertThat(reply.bodyText()).contains("\"balance\":\"" + expected + "\"");
  }

  private Reply deposit(String amountJson) {
    return call(
        "POST", ACCOUNT + "/deposits", "{\"amount\":" + amountJson + ",\"reference\":\"dep-1\"}");
  }

  private Reply call(String method, String path, String body) {
    Map<String, List<String>> headers =
        body == null
            ? Map.of("Authorization", List.of("Bearer " + KEY))
            : Map.of(
                "Authorization",
                List.of("Bearer " + KEY),
                "Content-Type",
                List.of("application/json"));
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    return api.handle(new Exchange(method, path, null, headers, bytes, "127.0.0.1"));
  }
}
