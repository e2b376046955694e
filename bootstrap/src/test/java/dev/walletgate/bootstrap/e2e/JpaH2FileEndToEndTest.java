package dev.walletgate.bootstrap.e2e;

import java.nio.file.Path;
import java.util.List;

/** The service end to end with the JPA adapter over an H2 file database. */
class JpaH2FileEndToEndTest extends AbstractServiceEndToEndTest {
  @Override
  List<String> storageFlags(Path dataDir) {
    return List.of("--persistence", "jpa");
  }
}
