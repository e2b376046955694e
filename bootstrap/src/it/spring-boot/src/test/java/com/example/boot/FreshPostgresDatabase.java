package com.example.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points Boot's DataSource at a database of this test's own, created empty before the context
 * starts, on the server of {@code WALLETGATE_TEST_POSTGRES_URL}: a re-run starts from nothing, and
 * no other test sees its tables.
 */
public final class FreshPostgresDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  static final String DATABASE = "walletgate_it_boot";
  private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+/)([^?]*)(.*)");

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String serverUrl = System.getenv(PostgresRequired.URL_VARIABLE);
    recreate(onDatabase(serverUrl, "postgres"));
    TestPropertyValues.of("spring.datasource.url=" + onDatabase(serverUrl, DATABASE))
        .applyTo(context);
  }

  private static void recreate(String adminUrl) {
    try (Connection admin = DriverManager.getConnection(adminUrl);
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the database " + DATABASE, e);
    }
  }

  /** The same server, user and parameters, on another database. */
  static String onDatabase(String url, String database) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          PostgresRequired.URL_VARIABLE + " is not a jdbc:postgresql://host[:port]/database URL");
    }
    return m.group(1) + database + m.group(3);
  }
}
