package dev.walletgate.bootstrap.e2e;

import dev.walletgate.application.contract.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.List;

/** The service end to end with the Jdbi adapter over PostgreSQL, in a database of its own. */
class JdbiPostgresEndToEndTest extends AbstractServiceEndToEndTest {
  private PostgresTestDatabase database;

  @Override
  List<String> storageFlags(Path dataDir) {
    database = PostgresTestDatabase.createDatabase();
    return List.of(
        "--persistence", "jdbi", "--db-url", database.jdbcUrl(), "--db-user", "postgres");
  }

  @Override
  void releaseStorage() {
    if (database != null) {
      database.close();
    }
  }
}
