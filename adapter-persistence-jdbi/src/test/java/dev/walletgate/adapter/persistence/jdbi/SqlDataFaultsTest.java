package dev.walletgate.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.out.UnstorableValueException;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A data exception (SQLSTATE class 22) is an unstorable value: never retried, value not quoted. */
class SqlDataFaultsTest {
  @ParameterizedTest
  @ValueSource(strings = {"22001", "22003", "22008", "22021", "22P05", "22018"})
  void givenDataExceptionState_translate_isUnstorableValue(String state) {
    SQLException refused = new SQLException("value too long: 'secret-value'", state);

    RuntimeException translated =
        SqlFaults.translate(new UnableToExecuteStatementException("failed", refused, null));

    assertThat(translated)
        .isInstanceOf(UnstorableValueException.class)
        .hasRootCause(refused)
        .hasMessageContaining(state)
        .message()
        .doesNotContain("secret-value");
  }
}
