package dev.walletgate.adapter.persistence.jpa;

/** The JPA adapter's own mechanics over PostgreSQL. */
class JpaPostgresPersistenceTest extends AbstractJpaPersistenceTest {
  @Override
  JpaTestStorage open() {
    return JpaTestStorage.postgres(JpaTestStorage.IMPATIENT_MILLIS);
  }
}
