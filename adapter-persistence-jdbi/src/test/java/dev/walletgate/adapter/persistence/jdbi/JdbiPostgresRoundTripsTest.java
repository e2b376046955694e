package dev.walletgate.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.contract.PostgresTestDatabase;
import dev.walletgate.application.port.in.CallbackResult;
import dev.walletgate.application.testing.TestWallet;
import dev.walletgate.domain.model.Integration;
import dev.walletgate.domain.model.SessionId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What one provider call costs PostgreSQL in round trips on the Jdbi adapter: the claim goes with
 * the call's reads, the writes go together, and the commit is the last. Counted at the driver: a
 * prepared statement (which may hold several) or a commit is one round trip.
 */
class JdbiPostgresRoundTripsTest {
  private static final Integration KYREN = new Integration("kyren");

  private final AtomicInteger roundTrips = new AtomicInteger();
  private PostgresTestDatabase database;
  private HikariDataSource pool;
  private TestWallet wallet;
  private SessionId session;

  @BeforeEach
  void open() {
    database = PostgresTestDatabase.create();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.jdbcUrl());
    config.setMaximumPoolSize(2);
    pool = new HikariDataSource(config);
    JdbiPersistence persistence = new JdbiPersistence(counting(pool), database.schema());
    persistence.migrate();
    wallet = TestWallet.over(persistence);
    wallet.account("p1", "EUR", "100.00");
    session = wallet.openSession("p1", "EUR");
  }

  @AfterEach
  void close() {
    pool.close();
    database.close();
  }

  @Test
  void aBet_takesFourRoundTrips() {
    int trips = roundTripsOf(() -> bet("b1", "r1"));

    // claim with the reads; the bet key's insert; the other writes; the commit
    assertThat(trips).isEqualTo(4);
  }

  @Test
  void aWin_anEndRoundAndAReplay_takeThreeRoundTripsEach() {
    bet("b1", "r1");

    int win =
        roundTripsOf(
            () ->
                wallet
                    .services()
                    .wins()
                    .settleWin(wallet.win(KYREN, "p1", "r1", "w1", "2", "EUR")));
    int end =
        roundTripsOf(
            () -> wallet.services().rounds().endRound(wallet.endRound(KYREN, "p1", "r1", "EUR")));
    var first = wallet.bet(KYREN, "p1", session, "r2", "b2", "1.00", "EUR");
    wallet.place(first);
    int replay = roundTripsOf(() -> wallet.place(first));

    assertThat(win).isEqualTo(3);
    assertThat(end).isEqualTo(3);
    // claim with the reads; the recorded outcome; the commit
    assertThat(replay).isEqualTo(3);
  }

  private CallbackResult bet(String key, String round) {
    CallbackResult result =
        wallet.place(wallet.bet(KYREN, "p1", session, round, key, "1.00", "EUR"));
    assertThat(result.outcome().isSuccess()).isTrue();
    return result;
  }

  private int roundTripsOf(Runnable call) {
    int before = roundTrips.get();
    call.run();
    return roundTrips.get() - before;
  }

  private DataSource counting(DataSource target) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(target, method, args);
              return result instanceof Connection connection ? counting(connection) : result;
            });
  }

  private Connection counting(Connection target) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.equals("prepareStatement") || name.equals("commit")) {
                roundTrips.incrementAndGet();
              }
              return invoke(target, method, args);
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
