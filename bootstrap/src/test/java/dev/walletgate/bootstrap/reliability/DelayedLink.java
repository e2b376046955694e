package dev.walletgate.bootstrap.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A loopback TCP relay that delivers what the primary sends to the standby a fixed time late, as a
 * standby that lags behind receives it; the way back is not delayed. When the primary's side
 * breaks, what is still on the way is dropped: the primary's machine and its link fail together, so
 * the standby is left exactly that far behind.
 */
final class DelayedLink implements AutoCloseable {
  private record Chunk(byte[] bytes, long dueNanos) {}

  private static final Chunk END = new Chunk(new byte[0], 0);

  private final ServerSocket server;
  private final int targetPort;
  private final long delayNanos;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  private DelayedLink(int targetPort, Duration delay) throws IOException {
    this.server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    this.delayNanos = delay.toNanos();
    daemon("delayed-link-accept", this::accept);
  }

  /** A relay to {@code 127.0.0.1:targetPort} with the given one-way delay. */
  static DelayedLink to(int targetPort, Duration delay) throws IOException {
    return new DelayedLink(targetPort, delay);
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket standby = server.accept();
        Socket primary = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        standby.setTcpNoDelay(true);
        primary.setTcpNoDelay(true);
        sockets.add(standby);
        sockets.add(primary);
        daemon("delayed-link-up", () -> pump(standby, primary, 0));
        daemon("delayed-link-down", () -> pump(primary, standby, delayNanos));
      } catch (IOException e) {
        // The server socket was closed, or the primary is gone: the standby will retry.
      }
    }
  }

  /**
   * Copies {@code from} to {@code to}, each chunk {@code delay} after it was read; on a delayed
   * pump, a break of {@code from} drops what has not been delivered yet.
   */
  private void pump(Socket from, Socket to, long delay) {
    BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    AtomicBoolean dropped = new AtomicBoolean();
    daemon("delayed-link-write", () -> deliver(queue, to, dropped));
    try (InputStream in = from.getInputStream()) {
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        queue.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + delay));
      }
    } catch (IOException e) {
      // The sender is gone.
    }
    if (delay > 0) {
      dropped.set(true);
      queue.clear();
    }
    queue.add(END);
  }

  private static void deliver(BlockingQueue<Chunk> queue, Socket to, AtomicBoolean dropped) {
    try (to) {
      OutputStream out = to.getOutputStream();
      while (true) {
        Chunk chunk = queue.take();
        if (chunk == END) {
          return;
        }
        long wait = chunk.dueNanos() - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        if (dropped.get()) {
          return;
        }
        out.write(chunk.bytes());
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // The receiver is gone.
    }
  }

  private static void daemon(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
