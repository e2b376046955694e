package dev.walletgate.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the HTTP server's and the JSON mapping's classes on a spare core while the main thread
 * opens the database, so that a restart after a crash answers its first callback sooner; the work
 * is thrown away and a failure only costs the head start.
 */
final class Preinitializer {
  private static final Logger LOG = LoggerFactory.getLogger(Preinitializer.class);

  private Preinitializer() {}

  /** Starts the warm-up on a daemon thread and returns at once. */
  static void start() {
    Thread thread = new Thread(() -> warmUp(), "walletgate-preinitializer");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /** Whether the whole warm-up ran; it leaves no thread or socket behind either way. */
  static boolean warmUp() {
    try {
      json();
      httpServer();
      return true;
    } catch (Exception | LinkageError e) {
      LOG.debug("pre-initialization stopped early", e);
      return false;
    }
  }

  private static void json() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    JsonNode node = mapper.readTree("{\"amount\":\"1.50\",\"n\":2.5,\"ok\":true,\"list\":[1]}");
    mapper.writeValueAsString(mapper.createObjectNode().set("copy", node));
  }

  /** A server started and stopped on a loopback port nobody is told about. */
  private static void httpServer() throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(4, 1);
    threads.setName("walletgate-preinitializer-http");
    Server server = new Server(threads);
    ServerConnector connector =
        new ServerConnector(server, 1, 1, new HttpConnectionFactory(new HttpConfiguration()));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    try {
      server.start();
    } finally {
      server.stop();
    }
  }
}
