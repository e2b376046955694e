package dev.walletgate.bootstrap.inputs;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.port.out.Storage;
import javax.sql.DataSource;

/** The stored-text property on the Jdbi adapter over in-memory H2. */
class JdbiH2StoredTextPropertyTest extends AbstractStoredTextProperty {
  @Override
  PrivateDatabase database() {
    return PrivateDatabase.h2();
  }

  @Override
  Storage storage(DataSource dataSource) {
    return new JdbiPersistence(dataSource);
  }
}
