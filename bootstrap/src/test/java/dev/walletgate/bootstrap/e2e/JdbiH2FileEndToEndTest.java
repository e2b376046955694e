package dev.walletgate.bootstrap.e2e;

import java.nio.file.Path;
import java.util.List;

/** The service end to end on the embedded default: Jdbi over an H2 file database. */
class JdbiH2FileEndToEndTest extends AbstractServiceEndToEndTest {
  @Override
  List<String> storageFlags(Path dataDir) {
    return List.of("--persistence", "jdbi");
  }
}
