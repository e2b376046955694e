package dev.walletgate.bootstrap.bench;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.bootstrap.Main;
import dev.walletgate.bootstrap.Persistence;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The recovery section: the service as its own process ({@code java -Xmx256m}) on a database that
 * already holds many callbacks, killed with SIGKILL while clients send the mix, and launched again
 * at once while they go on. Measured per restart: from the new launch, and from the kill, to the
 * first callback the new process answers.
 */
final class Recovery {
  /** Launch to first answered callback on the default H2 file, in milliseconds. */
  static final long TARGET_MILLIS = 3_000;

  static final int CLIENTS = 8;
  private static final long LOAD_BEFORE_KILL_MILLIS = 3_000;

  /** The restarts of one database and adapter. */
  record Result(
      String database,
      String adapter,
      int storedCallbacks,
      List<Long> launchToAnswerMillis,
      List<Long> killToAnswerMillis) {

    long medianLaunchToAnswer() {
      return median(launchToAnswerMillis);
    }

    long medianKillToAnswer() {
      return median(killToAnswerMillis);
    }

    private static long median(List<Long> values) {
      List<Long> sorted = values.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }
  }

  private final BenchOptions options;
  private final Path jar;

  /**
   * @param jar walletgate.jar, or null to run the service from this JVM's class path
   */
  Recovery(BenchOptions options, Path jar) {
    this.options = options;
    this.jar = jar;
  }

  Result run(String database, Persistence adapter, int storedCallbacks, int restarts)
      throws Exception {
    Path dataDir = Files.createTempDirectory("walletgate-bench-recovery-");
    BenchDatabase postgres = null;
    try {
      int port = ServiceProcess.freePort();
      List<String> flags =
          new ArrayList<>(List.of(HttpBench.serviceArgs(dataDir, port, options.poolSize())));
      flags.addAll(List.of("--persistence", adapter.name().toLowerCase(Locale.ROOT)));
      if (database.equals("postgres")) {
        postgres = BenchDatabase.create("postgres", options.postgresUrl(), 2);
        store(postgres.pool, storedCallbacks, true);
        flags.addAll(List.of("--db-url", postgres.pool.getJdbcUrl()));
      } else {
        // The service's default URL for the data folder; closing the pool closes the file.
        try (BenchDatabase file = BenchDatabase.h2File(dataDir, 2)) {
          store(file.pool, storedCallbacks, false);
        }
      }
      return measure(database, adapter, storedCallbacks, restarts, port, flags, dataDir);
    } finally {
      if (postgres != null) {
        postgres.close();
      }
      BenchDatabase.deleteTree(dataDir);
    }
  }

  private static void store(DataSource pool, int callbacks, boolean analyze) throws Exception {
    new JdbiPersistence(pool).migrate();
    Preload.bets(pool, callbacks);
    if (analyze) {
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("ANALYZE");
      }
    }
  }

  private Result measure(
      String database,
      Persistence adapter,
      int storedCallbacks,
      int restarts,
      int port,
      List<String> flags,
      Path dataDir)
      throws Exception {
    URI base = URI.create("http://127.0.0.1:" + port);
    Path log = dataDir.resolve("service.log");
    List<Long> fromLaunch = new ArrayList<>();
    List<Long> fromKill = new ArrayList<>();
    Process service = launch(flags, log);
    AtomicBoolean loading = new AtomicBoolean(true);
    List<Thread> clients = new ArrayList<>();
    try {
      awaitHealthy(base, service, log);
      HttpDriver setup = new HttpDriver(base, HttpBench.KYREN_PATH, HttpBench.OPERATOR_KEY);
      String prefix = "rec" + Long.toString(System.currentTimeMillis(), 36);
      for (int c = 0; c < CLIENTS; c++) {
        Mix mix = new Mix(prefix + "-c" + c, setup.fundedPlayers(prefix + "-c" + c, 4), c);
        Thread client = new Thread(() -> sendUntilStopped(base, mix, loading), "recovery-" + c);
        client.setDaemon(true);
        client.start();
        clients.add(client);
      }
      Mix probes = new Mix(prefix + "-probe", setup.fundedPlayers(prefix + "-probe", 1), 99);
      for (int r = 0; r < restarts; r++) {
        Thread.sleep(LOAD_BEFORE_KILL_MILLIS);
        long killed = System.nanoTime();
        service.destroyForcibly();
        if (!service.waitFor(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the service still runs 30 s after SIGKILL");
        }
        long launched = System.nanoTime();
        service = launch(flags, log);
        long answered = firstAnswer(base, probes.next(), service, log);
        fromLaunch.add((answered - launched) / 1_000_000);
        fromKill.add((answered - killed) / 1_000_000);
      }
    } finally {
      loading.set(false);
      for (Thread client : clients) {
        client.join(10_000);
      }
      service.destroy();
      if (!service.waitFor(20, TimeUnit.SECONDS)) {
        service.destroyForcibly();
        service.waitFor(10, TimeUnit.SECONDS);
      }
    }
    return new Result(
        database, adapter.name().toLowerCase(Locale.ROOT), storedCallbacks, fromLaunch, fromKill);
  }

  private Process launch(List<String> flags, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    if (jar != null) {
      command.addAll(List.of("-jar", jar.toString()));
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    }
    command.add("serve");
    command.addAll(flags);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private static void awaitHealthy(URI base, Process service, Path log) throws Exception {
    HttpDriver probe = new HttpDriver(base, HttpBench.KYREN_PATH, HttpBench.OPERATOR_KEY);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && service.isAlive()) {
      if (probe.status("/health") == 200) {
        return;
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("the service never answered /health: " + tail(log));
  }

  /** Sends one callback every few milliseconds until one is answered; when that happened. */
  private static long firstAnswer(URI base, Step step, Process service, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    try (HttpDriver driver = new HttpDriver(base, HttpBench.KYREN_PATH, HttpBench.OPERATOR_KEY)) {
      while (System.nanoTime() < deadline && service.isAlive()) {
        try {
          if (driver.execute(step)) {
            return System.nanoTime();
          }
        } catch (IOException e) {
          // Not listening yet.
        }
        Thread.sleep(5);
      }
    }
    throw new IllegalStateException("the restarted service answered no callback: " + tail(log));
  }

  private static void sendUntilStopped(URI base, Mix mix, AtomicBoolean loading) {
    try (HttpDriver driver = new HttpDriver(base, HttpBench.KYREN_PATH, HttpBench.OPERATOR_KEY)) {
      while (loading.get()) {
        try {
          driver.execute(mix.next());
        } catch (IOException e) {
          // The service is down for its restart: try again shortly, as a provider would.
          Thread.sleep(5);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String tail(Path log) {
    try {
      String text = Files.readString(log);
      return text.substring(Math.max(0, text.length() - 1000));
    } catch (IOException e) {
      return "(no log)";
    }
  }
}
