package dev.walletgate.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.StorageException;
import dev.walletgate.application.port.out.StorageUnavailableException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultsTest {

  @ParameterizedTest
  @ValueSource(strings = {"23505", "40001", "40P01", "55P03", "HYT00", "90131"})
  void givenConflictState_translate_isRetryableConflict(String state) {
    StorageException translated = Faults.translate(hibernateWrapped(new SQLException("x", state)));

    assertThat(translated).isInstanceOf(RetryableConflictException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"08006", "08001", "08003", "57P01", "57P02", "57P03", "57014"})
  void givenConnectionState_translate_isStorageUnavailable(String state) {
    StorageException translated = Faults.translate(hibernateWrapped(new SQLException("x", state)));

    assertThat(translated).isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void givenH2LockTimeoutCode_translate_isRetryableConflict() {
    SQLException lockTimeout = new SQLException("Timeout trying to lock table", "HYT00", 50200);

    assertThat(Faults.translate(hibernateWrapped(lockTimeout)))
        .isInstanceOf(RetryableConflictException.class);
  }

  @Test
  void givenRowChangedUnderAnUpdate_translate_isRetryableConflict() {
    PersistenceException stale =
        new OptimisticLockException(
            "row was updated or deleted by another transaction",
            new StaleStateException("Batch update returned unexpected row count"));

    assertThat(Faults.translate(stale)).isInstanceOf(RetryableConflictException.class);
  }

  @Test
  void givenExhaustedPool_translate_isStorageUnavailable() {
    SQLException timeout = new SQLTransientConnectionException("Connection is not available");

    assertThat(Faults.translate(new PersistenceException("Unable to acquire", timeout)))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void givenDuplicateKeyInsideABatch_translate_findsTheStateInTheNextException() {
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 aborted", null, 0, null);
    batch.setNextException(new SQLException("duplicate key value", "23505"));

    assertThat(Faults.translate(new PersistenceException("flush failed", batch)))
        .isInstanceOf(RetryableConflictException.class);
  }

  @Test
  void givenUnclassifiedFault_translate_isStorageUnavailableKeepingTheCause() {
    SQLException checkViolation = new SQLException("violates check constraint", "23514");
    PersistenceException failure = hibernateWrapped(checkViolation);

    StorageException translated = Faults.translate(failure);

    assertThat(translated).isInstanceOf(StorageUnavailableException.class).hasCause(failure);
  }

  @Test
  void givenStorageException_translate_returnsItUnchanged() {
    RetryableConflictException conflict = new RetryableConflictException("taken", null);

    assertThat(Faults.translate(conflict)).isSameAs(conflict);
  }

  @Test
  void givenOwnExceptions_isStorageFault_tellsThemApart() {
    assertThat(Faults.isStorageFault(new PersistenceException("x"))).isTrue();
    assertThat(Faults.isStorageFault(new IllegalStateException("work failed"))).isFalse();
    assertThat(Faults.isStorageFault(new RetryableConflictException("taken", null))).isFalse();
  }

  private static PersistenceException hibernateWrapped(SQLException cause) {
    return new ConstraintViolationException("could not execute statement", cause, "constraint");
  }
}
