package dev.walletgate.bootstrap.inputs;

import dev.walletgate.adapter.persistence.jpa.JpaPersistence;
import dev.walletgate.application.port.out.Storage;
import javax.sql.DataSource;

/** The stored-text property on the Jpa adapter over a private PostgreSQL schema. */
class JpaPostgresStoredTextPropertyTest extends AbstractStoredTextProperty {
  @Override
  PrivateDatabase database() {
    return PrivateDatabase.postgres();
  }

  @Override
  Storage storage(DataSource dataSource) {
    return new JpaPersistence(dataSource);
  }
}
