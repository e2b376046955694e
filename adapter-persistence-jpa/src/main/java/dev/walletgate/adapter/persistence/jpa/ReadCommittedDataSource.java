package dev.walletgate.adapter.persistence.jpa;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out connections at READ COMMITTED. Hibernate ignores its isolation setting when it is given
 * a DataSource, so a pool configured otherwise is corrected here, per connection; a pool already at
 * READ COMMITTED (the default of PostgreSQL and H2) is used as it is, at no cost.
 */
final class ReadCommittedDataSource implements DataSource {
  private final DataSource delegate;

  private ReadCommittedDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** The data source itself if its connections are already READ COMMITTED, else a wrapper. */
  static DataSource of(DataSource dataSource) throws SQLException {
    try (Connection probe = dataSource.getConnection()) {
      if (probe.getTransactionIsolation() == Connection.TRANSACTION_READ_COMMITTED) {
        return dataSource;
      }
    }
    return new ReadCommittedDataSource(dataSource);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return readCommitted(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return readCommitted(delegate.getConnection(username, password));
  }

  private static Connection readCommitted(Connection connection) throws SQLException {
    try {
      connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      return connection;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || delegate.isWrapperFor(type);
  }
}
