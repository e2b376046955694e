package dev.walletgate.bootstrap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the lock file that an embedded H2 database's owner leaves behind when it is killed, so
 * that a restart opens the database at once.
 *
 * <p>With {@code AUTO_SERVER} H2 uses its lock-file protocol: a new owner that finds a lock file
 * waits until the file is two seconds old, then watches it for two seconds more to be sure that no
 * live owner touches it, about four seconds after a SIGKILL in all. The lock file is not what keeps
 * two processes off one database, though: H2 also holds an operating-system lock on the store file
 * ({@code .mv.db}) for as long as the store is open, and the operating system drops it when the
 * owner dies. So when that lock can be taken, nobody has the database open and the lock file is
 * stale. If another process opens the database in the instant after the check, H2's own locks still
 * keep the two apart: the later one fails to start, nothing is written twice.
 */
final class StaleH2LockFile {
  private static final Logger LOG = LoggerFactory.getLogger(StaleH2LockFile.class);

  private StaleH2LockFile() {}

  /**
   * Deletes the lock file of the embedded H2 file database the URL names when no process has its
   * store open; true if it did. Does nothing for any other URL.
   */
  static boolean clearIfUnowned(String jdbcUrl) {
    Optional<Path> database = databasePath(jdbcUrl);
    if (database.isEmpty()) {
      return false;
    }
    Path lockFile = sibling(database.get(), ".lock.db");
    Path store = sibling(database.get(), ".mv.db");
    if (!Files.exists(lockFile) || !Files.exists(store)) {
      return false;
    }
    try (FileChannel channel =
        FileChannel.open(store, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock unowned = channel.tryLock();
      if (unowned == null) {
        return false;
      }
      try {
        boolean deleted = Files.deleteIfExists(lockFile);
        if (deleted) {
          LOG.info("Removed the lock file a stopped process left on {}", store);
        }
        return deleted;
      } finally {
        unowned.release();
      }
    } catch (OverlappingFileLockException e) {
      // This JVM has the store open.
      return false;
    } catch (IOException e) {
      // H2 applies its own protocol to the lock file; this was only a shortcut.
      LOG.debug("Could not check the H2 lock file {}", lockFile, e);
      return false;
    }
  }

  /** The database path of an embedded H2 file URL, without H2's file suffixes. */
  static Optional<Path> databasePath(String jdbcUrl) {
    if (jdbcUrl == null || !SingleWriterDataSource.isEmbeddedH2File(jdbcUrl)) {
      return Optional.empty();
    }
    String name = jdbcUrl.substring("jdbc:h2:".length());
    if (name.startsWith("file:")) {
      name = name.substring("file:".length());
    }
    int settings = name.indexOf(';');
    if (settings >= 0) {
      name = name.substring(0, settings);
    }
    if (name.startsWith("~")) {
      name = System.getProperty("user.home") + name.substring(1);
    }
    if (name.isEmpty() || name.contains(":")) {
      // Another file system of H2's (split:, nio:, zip: ...): leave it to H2.
      return Optional.empty();
    }
    return Optional.of(Path.of(name));
  }

  private static Path sibling(Path database, String suffix) {
    return database.resolveSibling(database.getFileName() + suffix);
  }
}
