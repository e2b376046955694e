package dev.walletgate.bootstrap.inputs;

import dev.walletgate.adapter.persistence.jpa.JpaPersistence;
import dev.walletgate.application.port.out.Storage;
import javax.sql.DataSource;

/** The stored-text property on the Jpa adapter over in-memory H2. */
class JpaH2StoredTextPropertyTest extends AbstractStoredTextProperty {
  @Override
  PrivateDatabase database() {
    return PrivateDatabase.h2();
  }

  @Override
  Storage storage(DataSource dataSource) {
    return new JpaPersistence(dataSource);
  }
}
