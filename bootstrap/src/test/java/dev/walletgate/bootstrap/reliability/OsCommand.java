package dev.walletgate.bootstrap.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the database programs of a test, each bounded in time. PostgreSQL and PgBouncer refuse to
 * run as root, so under root they run as the {@code postgres} OS user (setpriv switches user and
 * then executes the program itself, so that killing the process kills the program).
 */
final class OsCommand {
  static final String DATABASE_OS_USER = "postgres";

  private OsCommand() {}

  static boolean runningAsRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The command line, prefixed so that it runs as the database OS user when this JVM is root. */
  static List<String> asDatabaseUser(List<String> command) {
    if (!runningAsRoot()) {
      return command;
    }
    List<String> switched = new ArrayList<>();
    switched.addAll(
        List.of(
            "setpriv",
            "--reuid=" + DATABASE_OS_USER,
            "--regid=" + DATABASE_OS_USER,
            "--init-groups",
            "--"));
    switched.addAll(command);
    return switched;
  }

  /** Runs the command as the database OS user; returns its output, fails with it otherwise. */
  static String run(Duration limit, Path log, String... command) throws IOException {
    List<String> line = asDatabaseUser(List.of(command));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    long before = Files.exists(log) ? Files.size(log) : 0;
    Process process = builder.start();
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            String.join(" ", command) + " took over " + limit + ": " + tail(log, before));
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command)
              + " exited with "
              + process.exitValue()
              + ": "
              + tail(log, before));
    }
    return tail(log, before);
  }

  /** A fresh temporary folder the database OS user owns (root's 0700 folders shut it out). */
  static Path scratchFolder(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    if (runningAsRoot()) {
      UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
      PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class);
      view.setOwner(users.lookupPrincipalByName(DATABASE_OS_USER));
      GroupPrincipal group = users.lookupPrincipalByGroupName(DATABASE_OS_USER);
      view.setGroup(group);
    }
    return dir;
  }

  /** Deletes a folder and everything in it; what cannot be deleted is reported, not thrown. */
  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                if (!p.toFile().delete()) {
                  System.err.println("could not delete " + p);
                }
              });
    } catch (IOException e) {
      System.err.println("could not delete " + dir + ": " + e);
    }
  }

  static String tail(Path log, long from) {
    try {
      byte[] bytes = Files.readAllBytes(log);
      int start = (int) Math.max(from, bytes.length - 4000L);
      return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
