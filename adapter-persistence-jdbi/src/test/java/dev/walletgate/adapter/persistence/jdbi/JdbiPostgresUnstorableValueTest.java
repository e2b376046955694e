package dev.walletgate.adapter.persistence.jdbi;

import dev.walletgate.application.contract.AbstractUnstorableValueContract;
import dev.walletgate.application.contract.StorageUnderTest;

/** Values the database refuses as data, on the Jdbi adapter over PostgreSQL. */
class JdbiPostgresUnstorableValueTest extends AbstractUnstorableValueContract {
  @Override
  protected StorageUnderTest newStorage() {
    return JdbiTestStorage.postgres();
  }
}
