package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.adapter.http.kyren.KyrenConfig;
import dev.walletgate.adapter.http.kyren.KyrenWalletHandler;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoConfig;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoWalletHandler;
import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.protocol.Exchange;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.Reply;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example is this test's code, compiled and run; a second test keeps the
 * README's copy identical to it.
 */
class EmbeddingExampleTest {
  private static final Path SOURCE =
      Path.of("src/test/java/dev/walletgate/bootstrap/EmbeddingExampleTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void givenTheReadmesEmbeddingExample_itRuns_andBooksABet() {
    // README-BEGIN
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl("jdbc:h2:mem:walletgate;DB_CLOSE_DELAY=-1");

    // Or new JpaPersistence(dataSource): same schema, same data.
    Walletgate walletgate = Walletgate.builder(new JdbiPersistence(dataSource)).build();
    ProtocolEndpoint kyren =
        new KyrenWalletHandler(
            KyrenConfig.basePath("/kyren/3f9c0a7d/v1"), walletgate.providerUseCases());
    ProtocolEndpoint luckyMonaco =
        new LuckyMonacoWalletHandler(
            LuckyMonacoConfig.token("a-long-random-token"), walletgate.providerUseCases());

    // The platform's own calls: an account, a deposit, a session.
    WalletServices wallet = walletgate.services();
    PlayerId player = new PlayerId("123456");
    wallet.accounts().createAccount(new CreateAccountCommand(player, "USD"));
    wallet
        .accounts()
        .deposit(new TransferCommand(player, "USD", new BigDecimal("100.00"), "dep-1"));
    wallet
        .platformSessions()
        .openSession(new OpenSessionCommand(player, "USD", Optional.of(new SessionId("s-1"))));

    // Mount the endpoints on any HTTP server (each says which paths it serves); here a Bet
    // arrives as Kyren would send it.
    String bet =
        "{\"uuid\":\"r-1\",\"userId\":\"123456\",\"gameId\":\"g\",\"gameName\":\"G\","
            + "\"roundId\":\"round-1\",\"amount\":\"2.50\",\"reference\":\"bet-1\","
            + "\"sessionId\":\"s-1\",\"providerId\":\"Kyren\",\"currency\":\"USD\"}";
    Reply answer =
        kyren.handle(
            Exchange.of(
                "POST",
                "/kyren/3f9c0a7d/v1/Bet",
                null,
                "application/json",
                bet.getBytes(StandardCharsets.UTF_8),
                "127.0.0.1"));
    System.out.println(answer.status() + " " + answer.bodyText());
    // prints 200 {"transactionId":"...","currency":"USD","cash":"97.50","error":0,...}
    // README-END

    try {
      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.bodyText()).contains("\"cash\":\"97.50\"").contains("\"error\":0");
    } finally {
      walletgate.close();
      dataSource.close();
    }
  }

  @Test
  void givenTheReadme_itsEmbeddingExample_isExactlyThisTestsCode() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    int begin = lines.indexOf("    // README-BEGIN");
    int end = lines.indexOf("    // README-END");
    String example =
        lines.subList(begin + 1, end).stream()
            .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
            .collect(Collectors.joining("\n"));

    String readme = Files.readString(README);

    assertThat(begin).isPositive();
    assertThat(readme).contains("```java\n" + example + "\n```");
  }

  @Test
  void givenNoLuckyMonacoToken_theUseCasesWork_butThereIsNoLuckyMonacoHandler() {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl("jdbc:h2:mem:no-luckymonaco;DB_CLOSE_DELAY=-1");
    try (Walletgate walletgate = Walletgate.builder(new JdbiPersistence(dataSource)).build()) {
      walletgate
          .services()
          .accounts()
          .createAccount(new CreateAccountCommand(new PlayerId("p"), "USD"));

      assertThat(walletgate.services().queries().getAccount(new PlayerId("p"), "USD")).isPresent();
      assertThatThrownBy(
              () ->
                  new LuckyMonacoWalletHandler(
                      LuckyMonacoConfig.defaults(), walletgate.providerUseCases()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("luckymonaco.token");
    } finally {
      dataSource.close();
    }
  }
}
