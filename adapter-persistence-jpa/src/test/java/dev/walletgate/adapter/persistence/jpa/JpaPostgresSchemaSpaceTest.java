package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.contract.AbstractSchemaSpaceContract;
import dev.walletgate.application.contract.SchemaSpaceDatabase;
import dev.walletgate.application.port.out.Storage;
import javax.sql.DataSource;

/**
 * The schema-space contract for the Jpa adapter on PostgreSQL, in private schemas of the shared
 * test server.
 */
class JpaPostgresSchemaSpaceTest extends AbstractSchemaSpaceContract {
  @Override
  protected SchemaSpaceDatabase newDatabase() {
    return SchemaSpaceDatabase.postgres();
  }

  @Override
  protected Storage walletgate(DataSource dataSource) {
    return new JpaPersistence(dataSource);
  }

  @Override
  protected Storage walletgate(DataSource dataSource, String schema) {
    return new JpaPersistence(dataSource, schema);
  }

  @Override
  protected String migrations() {
    return JpaPersistence.MIGRATIONS;
  }
}
