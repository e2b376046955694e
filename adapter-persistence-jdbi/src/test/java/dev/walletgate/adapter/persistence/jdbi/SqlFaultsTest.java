package dev.walletgate.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.out.RetryableConflictException;
import dev.walletgate.application.port.out.StorageUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlFaultsTest {
  private static RuntimeException statementFailure(SQLException cause) {
    return new UnableToExecuteStatementException("statement failed", cause, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "40001", "40P01", "55P03", "HYT00"})
  void givenConflictState_translate_isRetryableConflict(String state) {
    RuntimeException translated =
        SqlFaults.translate(statementFailure(new SQLException("x", state)));

    assertThat(translated).isInstanceOf(RetryableConflictException.class);
    assertThat(translated).hasRootCauseInstanceOf(SQLException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {50200, 90131})
  void givenH2LockTimeoutOrConcurrentUpdateCode_translate_isRetryableConflict(int code) {
    RuntimeException translated =
        SqlFaults.translate(statementFailure(new SQLException("x", "HY000", code)));

    assertThat(translated).isInstanceOf(RetryableConflictException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"08006", "08003", "08001", "57P01", "57P02", "57P03", "57014"})
  void F1_givenLostConnectionOrTimeoutState_translate_isStorageUnavailable(String state) {
    RuntimeException translated =
        SqlFaults.translate(statementFailure(new SQLException("x", state)));

    assertThat(translated).isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void F1_givenExhaustedPool_translate_isStorageUnavailable() {
    RuntimeException translated =
        SqlFaults.translate(
            new ConnectionException(new SQLTransientConnectionException("pool exhausted")));

    assertThat(translated).isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void F1_givenQueryTimeout_translate_isStorageUnavailable() {
    RuntimeException translated =
        SqlFaults.translate(statementFailure(new SQLTimeoutException("too slow")));

    assertThat(translated).isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void givenH2LockTimeoutAsTimeoutException_translate_isRetryableConflict() {
    RuntimeException translated =
        SqlFaults.translate(
            statementFailure(new SQLTimeoutException("lock timeout", "HYT00", 50200)));

    assertThat(translated).isInstanceOf(RetryableConflictException.class);
  }

  @Test
  void givenAnyOtherDatabaseFailure_translate_isStorageUnavailableAndNeverAnSqlType() {
    RuntimeException translated =
        SqlFaults.translate(statementFailure(new SQLException("check violated", "23514")));

    assertThat(translated).isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void givenTheWorksOwnException_translate_returnsItUnchanged() {
    IllegalArgumentException own = new IllegalArgumentException("not a database fault");

    assertThat(SqlFaults.translate(own)).isSameAs(own);
  }

  @Test
  void givenAlreadyTranslatedFault_translate_returnsItUnchanged() {
    RetryableConflictException conflict = new RetryableConflictException("taken", null);

    assertThat(SqlFaults.translate(conflict)).isSameAs(conflict);
  }

  @Test
  void givenJdbiFailureWithoutDatabaseFault_translate_isNoJdbiType() {
    RuntimeException translated =
        SqlFaults.translate(new UnableToExecuteStatementException("mapping failed"));

    assertThat(translated).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenConflictStateDeepInTheCauseChain_translate_findsIt() {
    SQLException chained = new SQLException("batch failed", "HY000");
    chained.setNextException(new SQLException("duplicate", "23505"));
    RuntimeException translated =
        SqlFaults.translate(new IllegalStateException("wrapped", statementFailure(chained)));

    assertThat(translated).isInstanceOf(RetryableConflictException.class);
  }
}
