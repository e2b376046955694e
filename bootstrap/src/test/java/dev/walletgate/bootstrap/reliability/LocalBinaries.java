package dev.walletgate.bootstrap.reliability;

import dev.walletgate.application.contract.PostgresTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server programs (initdb, pg_ctl, pg_basebackup) and PgBouncer on this machine.
 * Missing ones skip the test with the reason, or fail it when {@code
 * WALLETGATE_REQUIRE_POSTGRES=1}.
 */
final class LocalBinaries {
  /** Overrides where the server programs are looked for, e.g. /usr/lib/postgresql/16/bin. */
  static final String BIN_VARIABLE = "WALLETGATE_TEST_POSTGRES_BIN";

  private LocalBinaries() {}

  /** The folder holding initdb, pg_ctl and pg_basebackup. */
  static Path postgresBin() {
    return postgresBinFolder()
        .orElseGet(
            () ->
                missing(
                    "the PostgreSQL server programs (initdb, pg_ctl, pg_basebackup) are not"
                        + " installed; set "
                        + BIN_VARIABLE
                        + " to their folder or install the postgresql package"));
  }

  /** The pgbouncer program. */
  static Path pgbouncer() {
    return Stream.of("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer")
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst()
        .or(() -> onPath("pgbouncer"))
        .orElseGet(
            () ->
                missing("pgbouncer is not installed (apt-get install pgbouncer; .ci/run does it)"));
  }

  private static Optional<Path> postgresBinFolder() {
    String configured = System.getenv(BIN_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(LocalBinaries::hasServerPrograms);
    }
    // Debian and Ubuntu keep each major version in its own folder, off the PATH; the newest wins.
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> newest =
            versions
                .map(v -> v.resolve("bin"))
                .filter(LocalBinaries::hasServerPrograms)
                .max(Comparator.comparing(LocalBinaries::majorVersion));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException e) {
        // Fall through to the PATH.
      }
    }
    return onPath("initdb").map(Path::getParent).filter(LocalBinaries::hasServerPrograms);
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean hasServerPrograms(Path bin) {
    return Stream.of("initdb", "pg_ctl", "pg_basebackup")
        .allMatch(p -> Files.isExecutable(bin.resolve(p)));
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(java.io.File.pathSeparator))
        .map(dir -> Path.of(dir, program))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static <T> T missing(String reason) {
    if ("1".equals(System.getenv(PostgresTestDatabase.REQUIRE_VARIABLE))) {
      Assertions.fail(reason + " (" + PostgresTestDatabase.REQUIRE_VARIABLE + "=1 requires it)");
    }
    Assumptions.abort(reason);
    throw new AssertionError("unreachable");
  }
}
