package dev.walletgate.bootstrap.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL primary with one streaming standby, both this test's own (see {@link
 * LocalPostgres}), and the multi-host JDBC URL a deployment gives the service for them. A failover
 * kills the primary and promotes the standby; a new standby can then be built in the dead primary's
 * place, on its port, so that the same URL serves every later failover. Closing stops the servers
 * and deletes their folder, also after a failed run.
 */
final class ReplicatedPostgres implements AutoCloseable {
  static final String DATABASE = "walletgate";
  static final String STANDBY_NAME = "walletgate_standby";

  /** Whether a commit waits for the standby to have the transaction. */
  enum Replication {
    /** synchronous_standby_names names the standby, synchronous_commit = on. */
    SYNCHRONOUS,
    /** No synchronous standby: a commit returns once the primary has it. */
    ASYNCHRONOUS
  }

  final Replication replication;
  final Duration linkDelay;
  private final Path bin;
  private final Path folder;
  private final int[] ports = new int[2];
  private final List<DelayedLink> links = new ArrayList<>();
  private LocalPostgres primary;
  private LocalPostgres standby;
  private LocalPostgres dead;

  private ReplicatedPostgres(Replication replication, Duration linkDelay, Path bin, Path folder) {
    this.replication = replication;
    this.linkDelay = linkDelay;
    this.bin = bin;
    this.folder = folder;
  }

  /**
   * Creates, starts and connects both servers, and an empty {@link #DATABASE}.
   *
   * @param linkDelay how late the standby receives the primary's WAL (zero: straight over loopback,
   *     where an asynchronous standby is at most a moment behind)
   */
  static ReplicatedPostgres start(Replication replication, Duration linkDelay) throws Exception {
    Path bin = LocalBinaries.postgresBin();
    ReplicatedPostgres pair =
        new ReplicatedPostgres(
            replication, linkDelay, bin, OsCommand.scratchFolder("walletgate-failover-"));
    try {
      pair.ports[0] = ServiceProcess.freePort();
      pair.ports[1] = ServiceProcess.freePort();
      pair.primary =
          LocalPostgres.primary(
              bin,
              pair.folder.resolve("server-a"),
              pair.ports[0],
              replication == Replication.SYNCHRONOUS ? STANDBY_NAME : null);
      pair.standby = pair.newStandby(pair.folder.resolve("server-b"), pair.ports[1]);
      pair.primary.execute("postgres", "CREATE DATABASE " + DATABASE);
      return pair;
    } catch (Exception | Error e) {
      pair.close();
      throw e;
    }
  }

  /**
   * Both servers in one URL: the driver tries them in order and takes the one that accepts writes,
   * so that after a failover new connections find the promoted standby.
   */
  String url() {
    return "jdbc:postgresql://127.0.0.1:"
        + ports[0]
        + ",127.0.0.1:"
        + ports[1]
        + "/"
        + DATABASE
        + "?user=postgres&targetServerType=primary";
  }

  /** The standby alone (read-only while it is one). */
  String standbyUrl() {
    return standby.url(DATABASE);
  }

  /** Waits until the standby has replayed all the WAL it received. */
  void awaitStandbyReplayed() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"t"
        .equals(
            standby.query(
                "postgres", "SELECT pg_last_wal_replay_lsn() >= pg_last_wal_receive_lsn()"))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the standby did not replay what it received in 30 s");
      }
      Thread.sleep(20);
    }
  }

  String description() {
    return "PostgreSQL primary + "
        + (replication == Replication.SYNCHRONOUS ? "synchronous" : "asynchronous")
        + " standby"
        + (linkDelay.isZero() ? "" : " (WAL " + linkDelay.toMillis() + " ms late)");
  }

  /** Kills the primary with SIGKILL; the standby still waits to be promoted. */
  void crashPrimary() throws Exception {
    primary.crash();
    dead = primary;
    primary = null;
  }

  /** Promotes the standby; until {@link #rebuildStandby()} it is the only server. */
  void promoteStandby() throws Exception {
    standby.promote();
    primary = standby;
    standby = null;
  }

  /**
   * A new standby of the promoted primary where the dead primary was (same folder, same port), and,
   * when synchronous, the primary waiting for it again; returns once it streams as such.
   */
  void rebuildStandby() throws Exception {
    OsCommand.deleteTree(dead.dataDir());
    standby = newStandby(dead.dataDir(), dead.port);
    dead = null;
  }

  private LocalPostgres newStandby(Path dataDir, int port) throws Exception {
    int streamFrom = primary.port;
    if (!linkDelay.isZero()) {
      DelayedLink link = DelayedLink.to(primary.port, linkDelay);
      links.add(link);
      streamFrom = link.port();
    }
    LocalPostgres created =
        LocalPostgres.standby(bin, dataDir, port, primary, streamFrom, STANDBY_NAME);
    if (replication == Replication.SYNCHRONOUS) {
      primary.requireSynchronousStandby(STANDBY_NAME);
    }
    awaitStreaming(created);
    return created;
  }

  // The run goes on only once the standby streams (and, when synchronous, is the sync standby),
  // so that every commit after it is covered by the replication mode under test.
  private void awaitStreaming(LocalPostgres created) throws Exception {
    String wanted = replication == Replication.SYNCHRONOUS ? "sync" : "async";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    String state = null;
    while (System.nanoTime() < deadline) {
      state =
          primary.query(
              "postgres",
              "SELECT state || '/' || sync_state FROM pg_stat_replication"
                  + " WHERE application_name = '"
                  + STANDBY_NAME
                  + "'");
      if (("streaming/" + wanted).equals(state)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "the standby is not streaming as " + wanted + " (" + state + "): " + created.logTail());
  }

  String logs() {
    StringBuilder logs = new StringBuilder();
    for (LocalPostgres server : new LocalPostgres[] {primary, standby, dead}) {
      if (server != null) {
        logs.append("--- ").append(server.name).append(" ---\n").append(server.logTail());
      }
    }
    return logs.toString();
  }

  @Override
  public void close() {
    for (LocalPostgres server : new LocalPostgres[] {standby, primary, dead}) {
      if (server != null) {
        server.stopQuietly();
      }
    }
    for (DelayedLink link : links) {
      try {
        link.close();
      } catch (IOException e) {
        System.err.println("could not close a delayed link: " + e);
      }
    }
    OsCommand.deleteTree(folder);
  }
}
