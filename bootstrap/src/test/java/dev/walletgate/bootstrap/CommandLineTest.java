package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.CancelBetCommand;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.PlaceBetCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.domain.model.BetKey;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.RequestId;
import dev.walletgate.domain.model.RoundId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.money.CurrencyCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line over an H2 file database: verify-ledger, reconcile, purge, help. */
class CommandLineTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private String[] args(String... command) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(
        List.of(
            "--data-dir",
            dir.toString(),
            "--kyren-base-path",
            "/kyren/cli/v1",
            "--luckymonaco-token",
            "t",
            "--operator-key",
            "k"));
    return all.toArray(String[]::new);
  }

  private int run(String... command) {
    out.reset();
    err.reset();
    return Main.run(
        args(command),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @BeforeEach
  void seedABetAVoidAndAnOpenBet() throws Exception {
    ServiceConfig config = ServiceConfig.from(ConfigSources.read(args(), Map.of()));
    try (var pool = WalletgateService.pool(config, null);
        Walletgate walletgate = Walletgate.builder(Persistence.JDBI.open(pool)).build()) {
      WalletServices s = walletgate.services();
      PlayerId alice = new PlayerId("alice");
      s.accounts().createAccount(new CreateAccountCommand(alice, new CurrencyCode("USD")));
      s.accounts()
          .deposit(
              new TransferCommand(alice, new CurrencyCode("USD"), new BigDecimal("50"), "dep-1"));
      s.platformSessions()
          .openSession(
              new OpenSessionCommand(
                  alice, new CurrencyCode("USD"), Optional.of(new SessionId("s"))));
      s.bets()
          .placeBet(
              new PlaceBetCommand(
                  Integration.KYREN,
                  new RequestId("req-1"),
                  alice,
                  new SessionId("s"),
                  new RoundId("r1"),
                  new BetKey("open-bet"),
                  new BigDecimal("5"),
                  new CurrencyCode("USD")));
      s.cancels()
          .cancelBet(
              new CancelBetCommand(
                  Integration.KYREN,
                  new RequestId("req-2"),
                  alice,
                  Optional.empty(),
                  Optional.empty(),
                  new BetKey("ghost"),
                  Optional.of(new CurrencyCode("USD"))));
    }
  }

  @Test
  void L1_verifyLedger_exits0WhenTheLedgerHolds_and1WithTheAccountWhenItDoesNot() throws Exception {
    assertThat(run("verify-ledger")).isZero();
    assertThat(output()).contains("L1 holds for 1 accounts");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("checked 1 accounts");

    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + dir.toAbsolutePath().resolve("walletgate") + ";AUTO_SERVER=TRUE",
                "sa",
                "");
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "UPDATE " + JdbiPersistence.DEFAULT_SCHEMA + ".accounts SET balance = balance + 1");
    }

    assertThat(run("verify-ledger")).isEqualTo(1);
    assertThat(output()).contains("MISMATCH alice USD").contains("L1 FAILS");
  }

  @Test
  void reconcile_printsATable_orJsonForMachines() throws Exception {
    assertThat(run("reconcile", "--open-older-than", "PT0S")).isZero();
    assertThat(output())
        .contains("Open bets older than PT0S: 1")
        .contains("open-bet")
        .contains("Voided keys (cancel before bet): 1")
        .contains("ghost");

    assertThat(run("reconcile", "--open-older-than", "PT0S", "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(output());
    assertThat(json.get("openBets").get("count").asLong()).isEqualTo(1);
    assertThat(json.get("openBets").get("items").get(0).get("stake").asText()).isEqualTo("5.00");
    assertThat(json.get("voidedKeys").get("items").get(0).get("betKey").asText())
        .isEqualTo("ghost");
    assertThat(json.get("refusedCancels").get("count").asLong()).isZero();
  }

  @Test
  void purge_keepsRequestsInsideTheRetention_andHelpListsEverySetting() {
    assertThat(run("purge")).isZero();
    assertThat(output()).contains("purged 0 request records and 0 events older than PT720H");

    assertThat(run("help")).isZero();
    assertThat(output())
        .contains("WALLETGATE_DB_URL")
        .contains("verify-ledger")
        .contains("--persistence");
    assertThat(run("no-such-command")).isEqualTo(2);
  }
}
