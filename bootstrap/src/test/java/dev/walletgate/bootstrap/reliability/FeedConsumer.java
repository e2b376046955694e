package dev.walletgate.bootstrap.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.application.port.in.EventPage;
import dev.walletgate.application.port.out.WalletEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A platform's consumer of the event feed during a run: it reads from the start, in its own process
 * beside the service, while the providers play, and keeps reading through the faults (a failed read
 * is tried again from the same position), then drains what is left at the end.
 */
final class FeedConsumer implements AutoCloseable {
  private static final int BATCH = 500;

  private final HikariDataSource pool;
  private final Walletgate walletgate;
  private final List<WalletEvent> seen = new ArrayList<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicLong failedReads = new AtomicLong();
  private final Thread reader;
  private long after;

  private FeedConsumer(TestStorage storage, boolean whileRunning) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(storage.jdbcUrl);
    config.setUsername(storage.user);
    config.setPassword(storage.jdbcUrl.startsWith("jdbc:h2:") ? "" : null);
    config.setMaximumPoolSize(2);
    config.setInitializationFailTimeout(-1);
    config.setPoolName("reliability-feed");
    this.pool = new HikariDataSource(config);
    this.walletgate = Walletgate.builder(storage.persistence.open(pool)).migrate(false).build();
    this.reader = new Thread(this::readUntilStopped, "feed-consumer");
    if (whileRunning) {
      reader.setDaemon(true);
      reader.start();
    }
  }

  /**
   * A consumer for the run: on PostgreSQL it reads while the run goes on, as a platform beside the
   * service would; an embedded H2 file admits no second writer beside the service (the reads
   * position events), so there it reads once the service has stopped.
   */
  static FeedConsumer forRun(TestStorage storage) {
    return new FeedConsumer(storage, !storage.jdbcUrl.startsWith("jdbc:h2:"));
  }

  /** Stops reading along, reads what is left, and returns every event seen, in reading order. */
  List<WalletEvent> drain() throws InterruptedException {
    stopping.set(true);
    if (reader.isAlive()) {
      reader.join();
    }
    while (readOnce()) {
      // until a read comes back with less than a batch
    }
    return List.copyOf(seen);
  }

  /** Reads that failed (a terminated session, a restarting service's database) and were retried. */
  long failedReads() {
    return failedReads.get();
  }

  private void readUntilStopped() {
    while (!stopping.get()) {
      try {
        if (!readOnce()) {
          Thread.sleep(20);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** One read after the position; true when it returned a full batch (more may be waiting). */
  private synchronized boolean readOnce() {
    EventPage page;
    try {
      page = walletgate.services().events().readEvents(after, BATCH);
    } catch (RuntimeException fault) {
      failedReads.incrementAndGet();
      return false;
    }
    if (page.behind()) {
      throw new AssertionError("the feed was purged during a run, after " + after);
    }
    seen.addAll(page.events());
    after = page.next(after);
    return page.events().size() == BATCH;
  }

  @Override
  public void close() {
    stopping.set(true);
    walletgate.close();
    pool.close();
  }
}
