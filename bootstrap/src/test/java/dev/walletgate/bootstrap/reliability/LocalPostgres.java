package dev.walletgate.bootstrap.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One PostgreSQL server of this test's own, in a folder of its own on a free port, started with
 * pg_ctl as the database OS user; it can be crashed (SIGKILL to the postmaster and every backend at
 * once, as a machine losing power would leave the clients) and promoted when it is a standby.
 */
final class LocalPostgres {
  private static final Duration COMMAND_LIMIT = Duration.ofSeconds(120);

  final String name;
  final int port;
  private final Path bin;
  private final Path dataDir;
  private final Path log;
  private final Path commandLog;
  private boolean running;

  private LocalPostgres(String name, Path bin, Path dataDir, int port) {
    this.name = name;
    this.bin = bin;
    this.dataDir = dataDir;
    this.port = port;
    // The server writes its own log as the database OS user; the commands' output is this JVM's.
    this.log = dataDir.resolveSibling(name + ".log");
    this.commandLog = dataDir.resolveSibling(name + "-commands.log");
  }

  /**
   * A new primary in {@code dataDir}: initdb, replication allowed from loopback, then started.
   *
   * @param synchronousStandby the application_name whose flush every commit waits for; null for
   *     asynchronous replication
   */
  static LocalPostgres primary(Path bin, Path dataDir, int port, String synchronousStandby)
      throws IOException {
    LocalPostgres server = new LocalPostgres(dataDir.getFileName().toString(), bin, dataDir, port);
    server.command(
        "initdb",
        "-D",
        dataDir.toString(),
        "-U",
        "postgres",
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync");
    server.appendSettings(
        "postgresql.conf",
        List.of(
            "wal_level = replica",
            "max_wal_senders = 4",
            "wal_keep_size = '256MB'",
            "synchronous_commit = on",
            "synchronous_standby_names = '"
                + (synchronousStandby == null ? "" : '"' + synchronousStandby + '"')
                + "'"));
    server.appendSettings("pg_hba.conf", List.of("host replication postgres 127.0.0.1/32 trust"));
    server.start();
    return server;
  }

  /**
   * A streaming standby of {@code primary} in {@code dataDir} (which must not exist), copied with
   * pg_basebackup -R and started; it streams from {@code streamFromPort} (the primary's port, or a
   * relay's). It waits for no standby of its own once promoted: until a new standby is attached,
   * the survivor runs alone.
   */
  static LocalPostgres standby(
      Path bin,
      Path dataDir,
      int port,
      LocalPostgres primary,
      int streamFromPort,
      String applicationName)
      throws IOException {
    LocalPostgres server = new LocalPostgres(dataDir.getFileName().toString(), bin, dataDir, port);
    server.command(
        "pg_basebackup",
        "-h",
        "127.0.0.1",
        "-p",
        Integer.toString(primary.port),
        "-U",
        "postgres",
        "-D",
        dataDir.toString(),
        "-R",
        "-X",
        "stream",
        "-c",
        "fast",
        "--no-sync");
    // postgresql.auto.conf is read last, so these lines win over the copied primary's settings.
    server.appendSettings(
        "postgresql.auto.conf",
        List.of(
            "primary_conninfo = 'host=127.0.0.1 port="
                + streamFromPort
                + " user=postgres application_name="
                + applicationName
                + "'",
            "synchronous_standby_names = ''"));
    server.start();
    return server;
  }

  private void appendSettings(String file, List<String> lines) throws IOException {
    List<String> all = new ArrayList<>(lines);
    if (file.equals("postgresql.conf") || file.equals("postgresql.auto.conf")) {
      all.addAll(
          List.of(
              "listen_addresses = '127.0.0.1'",
              "port = " + port,
              "unix_socket_directories = ''",
              "max_connections = 60",
              "shared_buffers = '32MB'"));
    }
    Files.writeString(
        dataDir.resolve(file),
        System.lineSeparator() + String.join(System.lineSeparator(), all) + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  void start() throws IOException {
    running = true;
    command("pg_ctl", "-D", dataDir.toString(), "-l", log.toString(), "-w", "-t", "60", "start");
  }

  /** A plain JDBC URL of this one server. */
  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database));
  }

  void execute(String database, String sql) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The first column of the first row, or null. */
  String query(String database, String sql) throws SQLException {
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getString(1) : null;
    }
  }

  /**
   * SIGKILL to the postmaster and all its processes together. The postmaster is stopped first, so
   * that it forks no backend between the listing and the kill; backends are in sessions of their
   * own, so a process group kill would miss them.
   */
  void crash() throws IOException, InterruptedException {
    long pid = postmasterPid();
    ProcessHandle postmaster =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException(name + ": no postmaster " + pid));
    signal("STOP", pid);
    running = false;
    List<ProcessHandle> all = new ArrayList<>(postmaster.children().toList());
    all.add(postmaster);
    all.forEach(ProcessHandle::destroyForcibly);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (accepts() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    if (accepts()) {
      throw new IllegalStateException(name + " still accepts connections after SIGKILL");
    }
  }

  /** Makes every later commit wait for the named standby. */
  void requireSynchronousStandby(String applicationName) throws SQLException {
    execute(
        "postgres", "ALTER SYSTEM SET synchronous_standby_names = '\"" + applicationName + "\"'");
    execute("postgres", "SELECT pg_reload_conf()");
  }

  Path dataDir() {
    return dataDir;
  }

  /** Ends recovery: the standby becomes a primary (pg_promote waits until it is one). */
  void promote() throws SQLException {
    String promoted = query("postgres", "SELECT pg_promote(true, 60)");
    if (!"t".equals(promoted)) {
      throw new IllegalStateException(name + " was not promoted within 60 s");
    }
  }

  /** Stops the server at once if this test started it and it still runs; never throws. */
  void stopQuietly() {
    if (!running) {
      return;
    }
    running = false;
    try {
      command("pg_ctl", "-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "30", "stop");
    } catch (IOException | RuntimeException e) {
      System.err.println(name + ": pg_ctl stop failed (" + e + "), killing its postmaster");
      killOwnPostmaster();
    }
  }

  // Only a process whose command line names this server's folder is killed: a stale pid file may
  // name a pid that the system has since given to an unrelated process.
  private void killOwnPostmaster() {
    try {
      long pid = postmasterPid();
      ProcessHandle.of(pid)
          .filter(
              p ->
                  p.info().arguments().stream()
                      .flatMap(java.util.Arrays::stream)
                      .anyMatch(a -> a.equals(dataDir.toString())))
          .ifPresent(
              p -> {
                p.children().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
              });
    } catch (IOException | RuntimeException e) {
      System.err.println(name + ": could not kill its postmaster: " + e);
    }
  }

  String logTail() {
    return OsCommand.tail(log, 0);
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private long postmasterPid() throws IOException {
    return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
  }

  private static void signal(String signal, long pid) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
    }
  }

  private void command(String program, String... args) throws IOException {
    String[] line = new String[args.length + 1];
    line[0] = bin.resolve(program).toString();
    System.arraycopy(args, 0, line, 1, args.length);
    OsCommand.run(COMMAND_LIMIT, commandLog, line);
  }
}
