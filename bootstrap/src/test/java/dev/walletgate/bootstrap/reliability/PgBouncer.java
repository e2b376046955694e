package dev.walletgate.bootstrap.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PgBouncer in transaction pooling mode, this test's own: its ini and user list in a temporary
 * folder, a free loopback port, every database name passed through to one PostgreSQL server, at
 * most {@code serverConnections} server sessions per database however many clients connect.
 */
final class PgBouncer implements AutoCloseable {
  final int port;
  private final Path folder;
  private final Process process;

  private PgBouncer(int port, Path folder, Process process) {
    this.port = port;
    this.folder = folder;
    this.process = process;
  }

  static PgBouncer start(String serverHost, int serverPort, int serverConnections)
      throws Exception {
    Path program = LocalBinaries.pgbouncer();
    Path folder = OsCommand.scratchFolder("walletgate-pgbouncer-");
    Process process = null;
    try {
      int port = ServiceProcess.freePort();
      Path ini = folder.resolve("pgbouncer.ini");
      Files.writeString(
          folder.resolve("userlist.txt"), "\"postgres\" \"\"\n", StandardCharsets.UTF_8);
      Files.writeString(
          ini,
          String.join(
              "\n",
              "[databases]",
              "* = host=" + serverHost + " port=" + serverPort,
              "[pgbouncer]",
              "listen_addr = 127.0.0.1",
              "listen_port = " + port,
              "unix_socket_dir =",
              // The PostgreSQL behind trusts loopback; PgBouncer only needs the user listed.
              "auth_type = trust",
              "auth_file = " + folder.resolve("userlist.txt"),
              "pool_mode = transaction",
              "default_pool_size = " + serverConnections,
              "max_client_conn = 200",
              // pgjdbc sends extra_float_digits at start-up, which PgBouncer does not track.
              "ignore_startup_parameters = extra_float_digits",
              "logfile = " + folder.resolve("pgbouncer.log"),
              ""),
          StandardCharsets.UTF_8);
      process =
          new ProcessBuilder(OsCommand.asDatabaseUser(List.of(program.toString(), ini.toString())))
              .redirectErrorStream(true)
              .redirectOutput(folder.resolve("stdout.log").toFile())
              .start();
      PgBouncer bouncer = new PgBouncer(port, folder, process);
      bouncer.awaitListening();
      return bouncer;
    } catch (Exception | Error e) {
      if (process != null) {
        process.destroyForcibly();
      }
      OsCommand.deleteTree(folder);
      throw e;
    }
  }

  /** A pgjdbc URL of {@code database} through this PgBouncer, with extra parameters. */
  String url(String database, String parameters) {
    return "jdbc:postgresql://127.0.0.1:"
        + port
        + "/"
        + database
        + "?user=postgres"
        + (parameters.isEmpty() ? "" : "&" + parameters);
  }

  private void awaitListening() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("pgbouncer exited: " + log());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException e) {
        Thread.sleep(50);
      }
    }
    throw new IllegalStateException("pgbouncer does not listen after 30 s: " + log());
  }

  String log() {
    return OsCommand.tail(folder.resolve("stdout.log"), 0)
        + OsCommand.tail(folder.resolve("pgbouncer.log"), 0);
  }

  /** SIGINT (PgBouncer's safe shutdown), SIGKILL if it lingers, then the folder is deleted. */
  @Override
  public void close() throws InterruptedException {
    try {
      if (process.isAlive()) {
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor(10, TimeUnit.SECONDS);
        }
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } finally {
      OsCommand.deleteTree(folder);
    }
  }
}
