package dev.walletgate.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both persistence adapters ship the same schema, byte for byte, so a deployment can switch from
 * one to the other on the same database (bootstrap/docs/configuration.md, PostgreSQL); and the same
 * upgrade from release 0.1.0's layout, so that either moves the same rows.
 */
class MigrationFilesTest {
  private static final List<String> FILES =
      List.of(
          "V1__walletgate_schema.sql",
          "V2__walletgate_events.sql",
          "V3__walletgate_bet_limits.sql",
          "V4__walletgate_bets_by_round.sql");

  @Test
  void givenBothAdapters_theirMigrationFiles_areByteIdentical() throws IOException {
    for (String file : FILES) {
      byte[] jdbi = read("db/walletgate/jdbi/" + file);
      byte[] jpa = read("db/walletgate/jpa/" + file);

      assertThat(jdbi).as(file).isNotEmpty();
      assertThat(jpa).as(file).isEqualTo(jdbi);
    }
  }

  @Test
  void givenBothAdapters_theirUpgradesFromTheLegacyLayout_areByteIdentical() throws IOException {
    String upgrade = "/legacy-layout-upgrade.sql";
    byte[] jdbi = read("dev/walletgate/adapter/persistence/jdbi" + upgrade);
    byte[] jpa = read("dev/walletgate/adapter/persistence/jpa" + upgrade);

    assertThat(jdbi).isNotEmpty();
    assertThat(jpa).isEqualTo(jdbi);
  }

  private static byte[] read(String resource) throws IOException {
    try (InputStream in = MigrationFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }
}
