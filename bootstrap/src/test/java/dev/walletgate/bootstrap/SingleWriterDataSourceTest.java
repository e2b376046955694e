package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.money.CurrencyCode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One thread at a time on an embedded H2 file (see the class's reason); real threads. */
class SingleWriterDataSourceTest {
  @TempDir Path dir;

  private final ExecutorService other = Executors.newSingleThreadExecutor();

  @AfterEach
  void stop() {
    other.shutdownNow();
  }

  @Test
  void F1_givenAnEmbeddedH2File_anotherThreadWaitsUntilTheConnectionIsClosed() throws Exception {
    try (HikariDataSource pool = pool(fileUrl("wait"), 4)) {
      DataSource gate = SingleWriterDataSource.ifEmbeddedH2File(pool);
      assertThat(gate).isInstanceOf(SingleWriterDataSource.class);
      Connection first = gate.getConnection();

      assertAnotherThreadWaitsUntil(gate, first::close);
    }
  }

  @Test
  void theThreadWhoseTurnItIs_mayHoldSeveralConnections_theTurnEndsWithTheLast() throws Exception {
    try (HikariDataSource pool = pool(fileUrl("nested"), 4)) {
      DataSource gate = SingleWriterDataSource.ifEmbeddedH2File(pool);
      Connection outer = gate.getConnection();
      Connection inner = gate.getConnection(); // as Flyway does to migrate
      inner.close();

      assertAnotherThreadWaitsUntil(gate, outer::close);
    }
  }

  @Test
  void closingAConnectionTwice_endsTheTurnOnce() throws Exception {
    try (HikariDataSource pool = pool(fileUrl("twice"), 4)) {
      DataSource gate = SingleWriterDataSource.ifEmbeddedH2File(pool);
      Connection outer = gate.getConnection();
      Connection inner = gate.getConnection();
      inner.close();
      inner.close();
      assertThat(inner.isClosed()).isTrue();

      assertAnotherThreadWaitsUntil(gate, outer::close);
    }
  }

  @Test
  void anAbortedConnection_endsTheTurnToo_andAConnectionEqualsOnlyItself() throws Exception {
    try (HikariDataSource pool = pool(fileUrl("abort"), 4)) {
      DataSource gate = SingleWriterDataSource.ifEmbeddedH2File(pool);
      Connection first = gate.getConnection();
      assertThat(first).isEqualTo(first).hasSameHashCodeAs(first);
      assertThat(Set.of(first)).contains(first);
      try {
        first.abort(Runnable::run);
      } catch (SQLException unsupported) {
        // the driver may not abort; the turn ends all the same
      }
      assertThat(other.submit(() -> openAndClose(gate)).get(5, TimeUnit.SECONDS)).isTrue();
      first.close();
    }
  }

  @Test
  void F1_aThreadNotGivenItsTurnInTime_getsATransientConnectionFault() throws Exception {
    try (HikariDataSource pool = pool(fileUrl("late"), 4)) {
      DataSource gate = new SingleWriterDataSource(pool, 200);
      try (Connection held = gate.getConnection()) {
        CompletableFuture<Throwable> late =
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    openAndClose(gate);
                    return null;
                  } catch (Exception e) {
                    return e;
                  }
                },
                other);
        assertThat(late.get(5, TimeUnit.SECONDS))
            .isInstanceOf(SQLTransientConnectionException.class)
            .hasMessageContaining("busy for 200 ms");
        assertThat(held.isValid(1)).isTrue();
      }
      assertThat(other.submit(() -> openAndClose(gate)).get(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void walletgateOverAnH2File_migratesWithFlywaysTwoConnections_andEveryThreadsDepositsLand()
      throws Exception {
    try (HikariDataSource pool = pool(fileUrl("many"), 8)) {
      Walletgate walletgate = Walletgate.builder(Persistence.JDBI.open(pool)).build();
      WalletServices wallet = walletgate.services();
      ExecutorService threads = Executors.newFixedThreadPool(8);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<Object>> deposits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          PlayerId player = new PlayerId("p" + i);
          wallet
              .accounts()
              .createAccount(new CreateAccountCommand(player, new CurrencyCode("EUR")));
          deposits.add(
              threads.submit(
                  () -> {
                    start.await();
                    for (int n = 0; n < 25; n++) {
                      wallet
                          .accounts()
                          .deposit(
                              new TransferCommand(
                                  player,
                                  new CurrencyCode("EUR"),
                                  new BigDecimal("1.00"),
                                  player.value() + "-" + n));
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<Object> deposit : deposits) {
          deposit.get(60, TimeUnit.SECONDS);
        }
      } finally {
        threads.shutdownNow();
      }
      for (int i = 0; i < 8; i++) {
        assertThat(
                wallet
                    .queries()
                    .getAccount(new PlayerId("p" + i), new CurrencyCode("EUR"))
                    .orElseThrow()
                    .balance())
            .isEqualByComparingTo("25.00");
      }
    }
  }

  @Test
  void givenH2InMemoryOrAnotherServer_theDataSourceIsUsedAsGiven() throws Exception {
    try (HikariDataSource pool = pool("jdbc:h2:mem:gate;DB_CLOSE_DELAY=-1", 2)) {
      assertThat(SingleWriterDataSource.ifEmbeddedH2File(pool)).isSameAs(pool);
    }
    assertThat(SingleWriterDataSource.isEmbeddedH2File("jdbc:h2:file:/data/walletgate")).isTrue();
    assertThat(SingleWriterDataSource.isEmbeddedH2File("jdbc:h2:./walletgate-data/w")).isTrue();
    assertThat(SingleWriterDataSource.isEmbeddedH2File("jdbc:h2:tcp://db:9092/w")).isFalse();
    assertThat(SingleWriterDataSource.isEmbeddedH2File("jdbc:h2:ssl://db:9092/w")).isFalse();
    assertThat(SingleWriterDataSource.isEmbeddedH2File("jdbc:postgresql://db/w")).isFalse();
  }

  /** Another thread asks for a connection: it waits until {@code release} runs, then gets one. */
  private void assertAnotherThreadWaitsUntil(DataSource gate, Release release) throws Exception {
    Future<Boolean> waiting = other.submit(() -> openAndClose(gate));
    assertThatThrownBy(() -> waiting.get(300, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    release.run();
    assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
  }

  /** What ends the turn: a close that may throw. */
  private interface Release {
    void run() throws SQLException;
  }

  private String fileUrl(String name) {
    return "jdbc:h2:file:" + dir.resolve(name) + ";WRITE_DELAY=0";
  }

  private static boolean openAndClose(DataSource gate) throws Exception {
    try (Connection c = gate.getConnection()) {
      return c.isValid(1);
    }
  }

  private static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername("sa");
    config.setPassword("");
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }
}
