package dev.walletgate.adapter.persistence.jdbi;

import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletgate.application.port.out.StorageUnavailableException;
import dev.walletgate.application.port.out.Stores;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.Session;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.model.SessionState;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** What the Jdbi adapter adds to the contracts: migrations, time zones, an unusable pool. */
class JdbiPersistenceTest {
  private static final Instant AT = Instant.parse("2026-03-29T01:30:00.123Z");

  @Test
  void givenMigratedDatabase_migrateAgain_changesNothing() throws Exception {
    try (JdbiTestStorage storage = JdbiTestStorage.h2()) {
      storage.persistence().migrate();

      try (Connection c = storage.dataSource().getConnection();
          Statement s = c.createStatement();
          ResultSet rows =
              s.executeQuery(
                  "SELECT count(CASE WHEN \"version\" = '1' THEN 1 END),"
                      + " count(CASE WHEN NOT \"success\" THEN 1 END)"
                      + " FROM WALLETGATE.\"walletgate_schema_history\"")) {
        rows.next();
        assertThat(rows.getInt(1)).as("V1 applied once").isEqualTo(1);
        assertThat(rows.getInt(2)).as("failed migrations").isZero();
      }
    }
  }

  @Test
  void givenJvmFarFromUtc_timestamps_roundTripAsTheSameInstant() {
    TimeZone original = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
    try (JdbiTestStorage storage = JdbiTestStorage.h2()) {
      SessionId id = new SessionId("s1");
      storage
          .transactions()
          .inTransaction(
              (Stores s) -> {
                s.sessions()
                    .insert(new Session(id, new PlayerId("p"), EUR, SessionState.ACTIVE, AT, AT));
                return null;
              });
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));

      Session read =
          storage.transactions().inTransaction((Stores s) -> s.sessions().find(id)).orElseThrow();

      assertThat(read.openedAt()).isEqualTo(AT);
      assertThat(read.lastSeenAt()).isEqualTo(AT);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void givenPoolAtReadCommitted_inTransaction_neverTouchesTheIsolationLevel() {
    IsolationCalls calls = runTwoTransactionsOn(Connection.TRANSACTION_READ_COMMITTED);

    // One look when the adapter first asks, none per transaction (each costs PostgreSQL a trip).
    assertThat(calls.reads()).isEqualTo(1);
    assertThat(calls.levelsSet()).isEmpty();
    assertThat(calls.levelsSeen()).containsOnly(Connection.TRANSACTION_READ_COMMITTED);
  }

  @Test
  void givenSerializablePool_inTransaction_runsEachTransactionAtReadCommitted() {
    IsolationCalls calls = runTwoTransactionsOn(Connection.TRANSACTION_SERIALIZABLE);

    assertThat(calls.levelsSet()).contains(Connection.TRANSACTION_READ_COMMITTED);
    assertThat(calls.levelsSeenInWork())
        .containsExactly(
            Connection.TRANSACTION_READ_COMMITTED, Connection.TRANSACTION_READ_COMMITTED);
  }

  private static IsolationCalls runTwoTransactionsOn(int poolLevel) {
    try (JdbiTestStorage storage = JdbiTestStorage.h2()) {
      storage.persistence().migrate();
      IsolationCalls calls = new IsolationCalls(storage.dataSource(), poolLevel);
      JdbiPersistence persistence = new JdbiPersistence(calls.dataSource());
      for (int i = 0; i < 2; i++) {
        persistence.inTransaction(
            (Stores s) -> {
              calls.recordLevelInWork();
              return s.accounts().playerExists(new PlayerId("p"));
            });
      }
      return calls;
    }
  }

  @Test
  void F1_givenClosedPool_inTransaction_isStorageUnavailable() {
    JdbiTestStorage storage = JdbiTestStorage.h2();
    JdbiPersistence persistence = storage.persistence();
    storage.close();

    assertThatThrownBy(
            () ->
                persistence.inTransaction(
                    (Stores s) -> s.accounts().playerExists(new PlayerId("p"))))
        .isInstanceOf(StorageUnavailableException.class);
    assertThatThrownBy(persistence::migrate).isInstanceOf(StorageUnavailableException.class);
  }
}
