package dev.walletgate.application.port.out;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The database schema a storage adapter keeps Walletgate's tables and migration history in: a
 * simple lower-case SQL name, which every adapter writes unquoted so that the database folds it the
 * way it folds the names in Walletgate's migrations.
 */
public record SchemaName(String value) {
  /** The schema Walletgate uses unless the platform chooses another. */
  public static final String DEFAULT = "walletgate";

  private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_]*");

  // PostgreSQL silently cuts longer names short.
  private static final int MAX_LENGTH = 63;

  // Words H2 or PostgreSQL reserve: unquoted, SQL naming such a schema would not parse.
  private static final Set<String> RESERVED =
      Set.of(
          "_rowid_",
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "authorization",
          "between",
          "binary",
          "both",
          "case",
          "cast",
          "check",
          "collate",
          "collation",
          "column",
          "concurrently",
          "constraint",
          "create",
          "cross",
          "current_catalog",
          "current_date",
          "current_path",
          "current_role",
          "current_schema",
          "current_time",
          "current_timestamp",
          "current_user",
          "day",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "exists",
          "false",
          "fetch",
          "for",
          "foreign",
          "freeze",
          "from",
          "full",
          "grant",
          "group",
          "groups",
          "having",
          "hour",
          "if",
          "ilike",
          "in",
          "initially",
          "inner",
          "intersect",
          "interval",
          "into",
          "is",
          "isnull",
          "join",
          "key",
          "lateral",
          "leading",
          "left",
          "like",
          "limit",
          "localtime",
          "localtimestamp",
          "minus",
          "minute",
          "month",
          "natural",
          "not",
          "notnull",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "outer",
          "over",
          "overlaps",
          "partition",
          "placing",
          "primary",
          "qualify",
          "range",
          "references",
          "regexp",
          "returning",
          "right",
          "row",
          "rownum",
          "rows",
          "second",
          "select",
          "session_user",
          "set",
          "similar",
          "some",
          "symmetric",
          "system_user",
          "table",
          "tablesample",
          "then",
          "to",
          "top",
          "trailing",
          "true",
          "uescape",
          "union",
          "unique",
          "unknown",
          "user",
          "using",
          "value",
          "values",
          "variadic",
          "verbose",
          "when",
          "where",
          "window",
          "with",
          "year");

  /**
   * @throws IllegalArgumentException unless the name is a lower-case letter or underscore followed
   *     by lower-case letters, digits or underscores, at most 63 characters, not a reserved word
   *     and not a name the databases keep for themselves
   */
  public SchemaName {
    Objects.requireNonNull(value, "schema");
    if (!SIMPLE.matcher(value).matches() || value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "the schema must be a simple SQL name (a lower-case letter or _, then lower-case"
              + " letters, digits or _; at most "
              + MAX_LENGTH
              + " characters), not '"
              + value
              + "'");
    }
    if (RESERVED.contains(value)) {
      throw new IllegalArgumentException(
          "the schema '" + value + "' is a reserved SQL word; choose another name");
    }
    if (value.startsWith("pg_") || value.equals("information_schema")) {
      throw new IllegalArgumentException(
          "the schema '" + value + "' is a name the database keeps for itself");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
