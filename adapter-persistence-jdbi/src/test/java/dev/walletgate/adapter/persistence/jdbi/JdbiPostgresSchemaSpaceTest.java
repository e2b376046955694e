package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractSchemaSpaceContract;
import dev.walletgate.application.contract.SchemaSpaceDatabase;
import dev.walletgate.application.port.out.Storage;
import javax.sql.DataSource;

/**
 * The schema-space contract for the Jdbi adapter on PostgreSQL, in private schemas of the shared
 * test server.
 */
class JdbiPostgresSchemaSpaceTest extends AbstractSchemaSpaceContract {
  @Override
  protected SchemaSpaceDatabase newDatabase() {
    return SchemaSpaceDatabase.postgres();
  }

  @Override
  protected Storage walletgate(DataSource dataSource) {
    return new JdbiPersistence(dataSource);
  }

  @Override
  protected Storage walletgate(DataSource dataSource, String schema) {
    return new JdbiPersistence(dataSource, schema);
  }

  @Override
  protected String migrations() {
    return JdbiPersistence.MIGRATIONS;
  }
}
