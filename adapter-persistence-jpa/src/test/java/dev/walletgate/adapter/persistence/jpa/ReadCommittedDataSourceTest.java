package dev.walletgate.adapter.persistence.jpa;

import static dev.walletgate.application.contract.StoreFixtures.EUR;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.domain.model.PlayerId;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ReadCommittedDataSourceTest {
  private static final PlayerId ALICE = new PlayerId("alice");

  @Test
  void givenPoolAtReadCommitted_of_usesThePoolAsItIs() throws Exception {
    try (HikariDataSource pool = pool(null)) {
      assertThat(ReadCommittedDataSource.of(pool)).isSameAs(pool);
    }
  }

  @Test
  void givenSerializablePool_of_handsOutReadCommittedConnections() throws Exception {
    try (HikariDataSource pool = pool("TRANSACTION_SERIALIZABLE")) {
      DataSource readCommitted = ReadCommittedDataSource.of(pool);

      try (Connection connection = readCommitted.getConnection()) {
        assertThat(readCommitted).isNotSameAs(pool);
        assertThat(connection.getTransactionIsolation())
            .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      }
    }
  }

  @Test
  void givenSerializablePool_jpaPersistence_stillWorks() throws Exception {
    try (HikariDataSource pool = pool("TRANSACTION_SERIALIZABLE");
        JpaPersistence persistence = new JpaPersistence(pool)) {
      persistence.migrate();

      boolean exists =
          persistence.inTransaction(
              stores -> {
                stores.accounts().createIfAbsent(ALICE, EUR, Instant.EPOCH);
                return stores.accounts().playerExists(ALICE);
              });

      assertThat(exists).isTrue();
    }
  }

  private static HikariDataSource pool(String isolation) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0");
    config.setMaximumPoolSize(2);
    if (isolation != null) {
      config.setTransactionIsolation(isolation);
    }
    return new HikariDataSource(config);
  }
}
