package dev.walletgate.bootstrap.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** {@code GET /health}: 200 when the database answers, 503 otherwise. */
public final class HealthCheck implements Supplier<HttpAnswer> {
  private static final int VALIDATION_SECONDS = 2;
  private final DataSource dataSource;

  public HealthCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public HttpAnswer get() {
    boolean up;
    try (Connection connection = dataSource.getConnection()) {
      up = connection.isValid(VALIDATION_SECONDS);
    } catch (SQLException | RuntimeException e) {
      up = false;
    }
    return up
        ? HttpAnswer.text(200, HttpAnswer.JSON, "{\"status\":\"UP\"}")
        : HttpAnswer.text(503, HttpAnswer.JSON, "{\"status\":\"DOWN\"}");
  }
}
