package dev.walletgate.bootstrap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's PgBouncer point: its option and the URL it connects with. */
class BenchPgBouncerOptionTest {
  @Test
  void givenAPgBouncerUrl_databasesToRun_addThePgBouncerPointAfterTheOthers() {
    BenchOptions options =
        BenchOptions.parse(
            List.of(
                "--postgres-url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
                "--pgbouncer-url", "jdbc:postgresql://127.0.0.1:6432/test?user=postgres"));

    assertThat(options.databasesToRun())
        .containsExactly("h2mem", "h2file", "postgres", "pgbouncer");
    assertThat(BenchOptions.parse(List.of()).databasesToRun())
        .containsExactly("h2mem", "h2file", "postgres");
  }

  @Test
  void givenAPgBouncerUrlWithoutAPostgresUrl_parse_refusesIt() {
    assertThatThrownBy(
            () -> BenchOptions.parse(List.of("--pgbouncer-url", "jdbc:postgresql://h:6432/d")))
        .hasMessageContaining("--pgbouncer-url needs --postgres-url");
  }

  @Test
  void throughPooler_namesTheScratchDatabase_andSwitchesNamedPreparedStatementsOff() {
    assertThat(
            BenchDatabase.throughPooler(
                "jdbc:postgresql://127.0.0.1:6432/test?user=postgres", "walletgate_bench_1"))
        .isEqualTo(
            "jdbc:postgresql://127.0.0.1:6432/walletgate_bench_1?user=postgres&prepareThreshold=0");
    assertThat(BenchDatabase.throughPooler("jdbc:postgresql://h:6432/", "b"))
        .isEqualTo("jdbc:postgresql://h:6432/b?prepareThreshold=0");
    assertThat(BenchDatabase.throughPooler("jdbc:postgresql://h/x?prepareThreshold=0&a=b", "b"))
        .isEqualTo("jdbc:postgresql://h/b?prepareThreshold=0&a=b");
  }
}
