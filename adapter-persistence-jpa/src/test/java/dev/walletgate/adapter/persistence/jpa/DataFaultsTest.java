package dev.walletgate.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletgate.application.port.out.UnstorableValueException;
import java.sql.SQLException;
import org.hibernate.exception.DataException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A data exception (SQLSTATE class 22) is an unstorable value: never retried, value not quoted. */
class DataFaultsTest {
  @ParameterizedTest
  @ValueSource(strings = {"22001", "22003", "22008", "22021", "22P05", "22018"})
  void givenDataExceptionState_translate_isUnstorableValue(String state) {
    SQLException refused = new SQLException("value too long: 'secret-value'", state);

    assertThat(Faults.translate(new DataException("could not execute statement", refused)))
        .isInstanceOf(UnstorableValueException.class)
        .hasRootCause(refused)
        .hasMessageContaining(state)
        .message()
        .doesNotContain("secret-value");
  }
}
