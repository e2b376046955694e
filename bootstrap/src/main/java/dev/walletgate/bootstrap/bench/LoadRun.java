package dev.walletgate.bootstrap.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Runs N client threads, each sending its own mix back to back through its own driver, for a
 * warm-up and then a measured duration; latencies go into HdrHistogram (microseconds).
 */
final class LoadRun {
  private static final long HIGHEST_MICROS = 60_000_000L;

  private final Duration warmup;
  private final Duration duration;

  LoadRun(Duration warmup, Duration duration) {
    this.warmup = warmup;
    this.duration = duration;
  }

  /** A client thread's mix and driver. */
  record Client(Mix mix, Driver driver) {}

  /** Makes client thread t's mix and driver. */
  interface ClientFactory {
    Client make(int thread) throws Exception;
  }

  Point run(String section, String database, String target, int threads, ClientFactory clients)
      throws Exception {
    List<Client> made = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      made.add(clients.make(t));
    }
    Histogram[] histograms = new Histogram[threads];
    long[] operations = new long[threads];
    long[] errors = new long[threads];
    AtomicReference<Throwable> firstError = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    // Each worker stays alive until the window's allocation is read: a thread's count ends with it.
    CountDownLatch finished = new CountDownLatch(threads);
    CountDownLatch release = new CountDownLatch(1);
    long[] window = new long[2];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int index = t;
      Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
      histograms[t] = histogram;
      Thread worker =
          new Thread(
              () -> {
                try {
                  send(
                      made.get(index),
                      ready,
                      go,
                      window,
                      histogram,
                      operations,
                      errors,
                      index,
                      firstError);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                  firstError.compareAndSet(null, e);
                } finally {
                  finished.countDown();
                  awaitQuietly(release);
                }
              },
              "bench-" + target + "-" + t);
      workers.add(worker);
      worker.start();
    }
    ready.await();
    long now = System.nanoTime();
    window[0] = now + warmup.toNanos();
    window[1] = window[0] + duration.toNanos();
    go.countDown();
    long cpuFrom;
    long allocated;
    try {
      long untilWindow = window[0] - System.nanoTime();
      if (untilWindow > 0) {
        Thread.sleep(untilWindow / 1_000_000, (int) (untilWindow % 1_000_000));
      }
      cpuFrom = processCpuNanos();
      ThreadAllocation allocation = ThreadAllocation.start();
      finished.await();
      allocated = allocation == null ? -1 : allocation.bytesSince();
    } finally {
      release.countDown();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    long cpuTo = processCpuNanos();
    for (Client client : made) {
      client.driver().close();
    }
    Histogram all = new Histogram(HIGHEST_MICROS, 3);
    long ops = 0;
    long failed = 0;
    for (int t = 0; t < threads; t++) {
      all.add(histograms[t]);
      ops += operations[t];
      failed += errors[t];
    }
    double seconds = duration.toNanos() / 1e9;
    if (firstError.get() != null) {
      System.err.println(
          "bench: " + database + " " + target + " x" + threads + ": " + firstError.get());
    }
    return new Point(
        section,
        database,
        target,
        threads,
        ops,
        failed,
        seconds,
        ops / seconds,
        all.getValueAtPercentile(50) / 1000.0,
        all.getValueAtPercentile(99) / 1000.0,
        all.getValueAtPercentile(99.9) / 1000.0,
        cpuFrom < 0 || cpuTo < 0 || ops == 0 ? Double.NaN : (cpuTo - cpuFrom) / 1e6 / ops,
        allocated < 0 || ops == 0 ? Double.NaN : (double) allocated / ops,
        Map.of());
  }

  /** One worker: waits for the start, then sends its mix back to back until the window ends. */
  private void send(
      Client client,
      CountDownLatch ready,
      CountDownLatch go,
      long[] window,
      Histogram histogram,
      long[] operations,
      long[] errors,
      int index,
      AtomicReference<Throwable> firstError)
      throws InterruptedException {
    ready.countDown();
    go.await();
    long measureFrom = window[0];
    long end = window[1];
    while (true) {
      long start = System.nanoTime();
      if (start >= end) {
        break;
      }
      boolean ok;
      try {
        ok = client.driver().execute(client.mix().next());
      } catch (Exception e) {
        firstError.compareAndSet(null, e);
        ok = false;
      }
      long stop = System.nanoTime();
      if (start >= measureFrom) {
        histogram.recordValue(Math.min(HIGHEST_MICROS, (stop - start) / 1_000));
        operations[index]++;
        if (!ok) {
          errors[index]++;
        }
      }
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** This process's CPU time so far (all threads), or -1 when the JVM does not tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
