package dev.walletgate.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.domain.model.PlayerId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JpaPersistenceSmokeTest {
  @Test
  void h2() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    try (HikariDataSource ds = new HikariDataSource(config);
        JpaPersistence persistence = new JpaPersistence(ds)) {
      persistence.migrate();
      var account =
          persistence.inTransaction(s -> s.accounts().createIfAbsent(new PlayerId("p1"), "EUR"));
      assertThat(account.balance()).isZero();
      var found =
          persistence.inTransaction(s -> s.accounts().findForUpdate(new PlayerId("p1"), "EUR"));
      assertThat(found).isPresent();
    }
  }

  @Test
  void postgres() throws Exception {
    String url = System.getenv("WALLETGATE_TEST_POSTGRES_URL");
    org.junit.jupiter.api.Assumptions.assumeTrue(url != null);
    String schema = "wg_test_" + UUID.randomUUID().toString().replace("-", "");
    try (var c = java.sql.DriverManager.getConnection(url)) {
      c.createStatement().execute("create schema " + schema);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url + "&currentSchema=" + schema);
    try (HikariDataSource ds = new HikariDataSource(config);
        JpaPersistence persistence = new JpaPersistence(ds)) {
      persistence.migrate();
      var account =
          persistence.inTransaction(s -> s.accounts().createIfAbsent(new PlayerId("p1"), "EUR"));
      assertThat(account.balance()).isZero();
      var found =
          persistence.inTransaction(s -> s.accounts().findForUpdate(new PlayerId("p1"), "EUR"));
      assertThat(found).isPresent();
    } finally {
      try (var c = java.sql.DriverManager.getConnection(url)) {
        c.createStatement().execute("drop schema " + schema + " cascade");
      }
    }
  }
}
