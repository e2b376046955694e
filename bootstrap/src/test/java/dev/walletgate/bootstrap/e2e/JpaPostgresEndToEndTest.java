package dev.walletgate.bootstrap.e2e;

import dev.walletgate.application.contract.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.List;

/** The service end to end with the Jpa adapter over PostgreSQL, in a database of its own. */
class JpaPostgresEndToEndTest extends AbstractServiceEndToEndTest {
  private PostgresTestDatabase database;

  @Override
  List<String> storageFlags(Path dataDir) {
    database = PostgresTestDatabase.createDatabase();
    return List.of("--persistence", "jpa", "--db-url", database.jdbcUrl(), "--db-user", "postgres");
  }

  @Override
  void releaseStorage() {
    if (database != null) {
      database.close();
    }
  }
}
