package dev.walletgate.application.port.out;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Reads the migration history a storage adapter keeps in Walletgate's schema (Flyway's table
 * layout) with plain JDBC, to tell whether the schema already stands exactly as this build's
 * migrations leave it. A restart on such a schema need not start Flyway, whose start-up alone costs
 * about a second of class loading; an empty, older, changed or failed history still goes through
 * Flyway and its validation.
 */
public final class SchemaHistory {
  private final String schema;
  private final String table;
  private final ClassLoader resources;
  private final String location;
  private final List<String> scripts;

  /**
   * @param schema the schema as the database stores its name (upper case on H2)
   * @param table the history table
   * @param resources where the migration scripts are found
   * @param location the scripts' folder on the class path, e.g. {@code db/walletgate/jdbi}
   * @param scripts this build's versioned scripts in order, e.g. {@code V1__walletgate_schema.sql}
   */
  public SchemaHistory(
      String schema, String table, ClassLoader resources, String location, List<String> scripts) {
    this.schema = schema;
    this.table = table;
    this.resources = resources;
    this.location = location;
    this.scripts = List.copyOf(scripts);
  }

  /**
   * True when every migration the history records succeeded and its versioned migrations are
   * exactly this build's scripts, in order, with the checksums of their present content.
   */
  public boolean isCurrent(Connection connection) throws SQLException {
    if (!tableExists(connection.getMetaData())) {
      return false;
    }
    List<String> applied = new ArrayList<>();
    List<Integer> checksums = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"type\", \"script\", \"checksum\", \"success\" FROM \""
                    + schema
                    + "\".\""
                    + table
                    + "\" ORDER BY \"installed_rank\"")) {
      while (rows.next()) {
        if (!rows.getBoolean("success")) {
          return false;
        }
        if ("SQL".equals(rows.getString("type"))) {
          applied.add(rows.getString("script"));
          int checksum = rows.getInt("checksum");
          checksums.add(rows.wasNull() ? null : checksum);
        }
      }
    }
    if (!applied.equals(scripts)) {
      return false;
    }
    for (int i = 0; i < scripts.size(); i++) {
      if (!Integer.valueOf(checksum(scripts.get(i))).equals(checksums.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The checksum Flyway records for a SQL script: a CRC-32 of its lines in UTF-8, without their
   * line ends, and without a byte-order mark at the start.
   */
  int checksum(String script) {
    String resource = location + "/" + script;
    try (InputStream in = resources.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "migration script missing from the class path: " + resource);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      CRC32 crc = new CRC32();
      boolean first = true;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (first && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        first = false;
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
      return (int) crc.getValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean tableExists(DatabaseMetaData database) throws SQLException {
    try (ResultSet tables = database.getTables(null, schema, table, null)) {
      return tables.next();
    }
  }
}
