package dev.walletgate.adapter.persistence.jpa;

/** The JPA adapter's own mechanics over H2. */
class JpaH2PersistenceTest extends AbstractJpaPersistenceTest {
  @Override
  JpaTestStorage open() {
    return JpaTestStorage.h2(JpaTestStorage.IMPATIENT_MILLIS);
  }
}
