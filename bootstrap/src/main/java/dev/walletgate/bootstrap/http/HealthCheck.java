package dev.walletgate.bootstrap.http;

import dev.walletgate.application.protocol.Reply;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Readiness ({@code GET /health/ready}, and {@code /health} as its alias): 200 when the database
 * answers, 503 otherwise. The service listens only once its migrations are done.
 */
public final class HealthCheck implements Supplier<Reply> {
  private static final int VALIDATION_SECONDS = 2;
  private final DataSource dataSource;

  public HealthCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Reply get() {
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid(VALIDATION_SECONDS);
    } catch (SQLException | RuntimeException e) {
      up = false;
    }
    return up
        ? Reply.text(200, Reply.JSON, "{\"status\":\"UP\"}")
        : Reply.text(503, Reply.JSON, "{\"status\":\"DOWN\"}");
  }
}
