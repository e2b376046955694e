package dev.walletgate.adapter.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scripts a restart compares the migration history with are every script the adapter ships: a
 * new migration missing from the list would let a restart on an older schema skip it.
 */
class WalletgateSchemaScriptsTest {
  @Test
  void theListedScripts_areExactlyTheMigrationFolder() throws Exception {
    String folder = JpaPersistence.MIGRATIONS.substring("classpath:".length());
    URL location = WalletgateSchema.class.getClassLoader().getResource(folder);
    assertThat(location).as(folder).isNotNull();

    List<String> shipped;
    try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
      shipped = files.map(f -> f.getFileName().toString()).sorted().toList();
    }

    assertThat(WalletgateSchema.SCRIPTS).isEqualTo(shipped);
  }
}
