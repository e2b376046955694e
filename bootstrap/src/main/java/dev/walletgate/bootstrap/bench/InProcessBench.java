package dev.walletgate.bootstrap.bench;

import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.CreateAccountCommand;
import dev.walletgate.application.port.in.OpenSessionCommand;
import dev.walletgate.application.port.in.TransferCommand;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.application.service.WalletSettings;
import dev.walletgate.bootstrap.Persistence;
import dev.walletgate.domain.model.PlayerId;
import dev.walletgate.domain.model.SessionId;
import dev.walletgate.domain.outcome.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** The in-process section: the baseline and each adapter, on one database, at each client count. */
final class InProcessBench {
  static final BigDecimal FUNDS = new BigDecimal("1000000");

  private final BenchOptions options;
  private final LoadRun load;
  private final Consumer<Point> sink;
  private int runs;

  InProcessBench(BenchOptions options, Consumer<Point> sink) {
    this.options = options;
    this.load = new LoadRun(options.warmup(), options.duration());
    this.sink = sink;
  }

  /**
   * Each target is first warmed up once (not reported); then, at each client count, the targets
   * take turns {@code --repeat} times and the median of each target's runs is reported.
   */
  void run(BenchDatabase db, List<Integer> threadCounts) throws Exception {
    new JdbiPersistence(db.pool).migrate();
    WalletServices setup =
        new WalletServices(new JdbiPersistence(db.pool), WalletSettings.defaults());
    // Every target reaches the database through it, so that its statement probe counts alike.
    CountingDataSource counted = new CountingDataSource(db.pool);
    Map<String, DriverFactory> targets = new LinkedHashMap<>();
    targets.put("baseline", JdbcBaselineDriver.on(counted));
    List<Walletgate> opened = new ArrayList<>();
    try {
      for (Persistence adapter : options.adapters()) {
        Walletgate walletgate = Walletgate.builder(adapter.open(counted)).migrate(false).build();
        opened.add(walletgate);
        UseCaseDriver driver = new UseCaseDriver(walletgate.services());
        targets.put(adapter.name().toLowerCase(Locale.ROOT), () -> driver);
      }
      for (Map.Entry<String, DriverFactory> target : targets.entrySet()) {
        warmUp(db, target.getKey(), setup, target.getValue());
      }
      for (int threads : threadCounts) {
        Map<String, List<Point>> runs = new LinkedHashMap<>();
        for (int r = 0; r < options.repeat(); r++) {
          for (Map.Entry<String, DriverFactory> target : targets.entrySet()) {
            runs.computeIfAbsent(target.getKey(), k -> new ArrayList<>())
                .add(
                    point(
                        db,
                        target.getKey(),
                        threads,
                        setup,
                        target.getValue(),
                        counted,
                        "in-process"));
          }
        }
        runs.values().forEach(points -> sink.accept(median(points)));
      }
    } finally {
      opened.forEach(Walletgate::close);
    }
  }

  /** One run of a target, not reported, for the JIT, the pool and the database's caches. */
  void warmUp(BenchDatabase db, String target, WalletServices setup, DriverFactory drivers)
      throws Exception {
    LoadRun warming = new LoadRun(Duration.ZERO, options.warmup().multipliedBy(2));
    point(warming, db, target, 2, setup, drivers, null, "warm-up");
  }

  static Point median(List<Point> points) {
    List<Point> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingDouble(Point::opsPerSecond));
    return sorted.get(sorted.size() / 2);
  }

  /**
   * One point of one target (the drivers are made per client thread), then its statement probe
   * through one more driver over {@code counted}.
   */
  Point point(
      BenchDatabase db,
      String target,
      int threads,
      WalletServices setup,
      DriverFactory drivers,
      CountingDataSource counted,
      String section)
      throws Exception {
    return point(load, db, target, threads, setup, drivers, counted, section);
  }

  private Point point(
      LoadRun run,
      BenchDatabase db,
      String target,
      int threads,
      WalletServices setup,
      DriverFactory drivers,
      CountingDataSource counted,
      String section)
      throws Exception {
    String prefix = "b" + Long.toString(System.currentTimeMillis(), 36) + "-" + (++runs);
    List<List<BenchPlayer>> players = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      players.add(fundedPlayers(setup, prefix + "-t" + t, options.playersPerThread()));
    }
    Point measured =
        run.run(
            section,
            db.name,
            target,
            threads,
            t ->
                new LoadRun.Client(
                    new Mix(prefix + "-t" + t, players.get(t), 31L * t + runs), drivers.make()));
    if (counted == null) {
      return measured;
    }
    BenchPlayer prober = fundedPlayers(setup, prefix + "-probe", 1).get(0);
    try (Driver driver = drivers.make()) {
      return measured.withStatements(
          new StatementProbe(counted, prober, prefix + "-probe").run(driver));
    }
  }

  static List<BenchPlayer> fundedPlayers(WalletServices services, String prefix, int count) {
    List<BenchPlayer> players = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      PlayerId player = new PlayerId(prefix + "-p" + i);
      SessionId session = new SessionId(prefix + "-s" + i);
      services.accounts().createAccount(new CreateAccountCommand(player, Mix.CODE));
      Outcome deposit =
          services
              .accounts()
              .deposit(new TransferCommand(player, Mix.CODE, FUNDS, prefix + "-d" + i));
      if (!(deposit instanceof Outcome.Success)) {
        throw new IllegalStateException("bench set-up: deposit refused: " + deposit);
      }
      services
          .platformSessions()
          .openSession(new OpenSessionCommand(player, Mix.CODE, Optional.of(session)));
      players.add(new BenchPlayer(player.value(), session.value()));
    }
    return players;
  }

  /** Makes one client thread's driver. */
  interface DriverFactory {
    Driver make() throws Exception;
  }
}
