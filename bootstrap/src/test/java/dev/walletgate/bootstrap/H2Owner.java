package dev.walletgate.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The child process of {@link StaleH2LockFileTest}: opens an H2 file database the way the service
 * does (so it holds H2's lock file and the store's lock), writes one row, says READY and waits to
 * be killed.
 */
final class H2Owner {
  private H2Owner() {}

  public static void main(String[] args) throws Exception {
    try (Connection connection = DriverManager.getConnection(args[0], "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS marks (mark VARCHAR(20))");
      statement.execute("INSERT INTO marks VALUES ('" + args[1] + "')");
      System.out.println("READY");
      System.out.flush();
      Thread.sleep(Long.MAX_VALUE);
    }
  }
}
