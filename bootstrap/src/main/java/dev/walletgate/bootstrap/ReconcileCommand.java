package dev.walletgate.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import dev.walletgate.application.Walletgate;
import dev.walletgate.bootstrap.operator.ReconciliationReport;
import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code reconcile}: the open bets, voided keys and refused cancels an operator looks into. */
@Command(
    name = "reconcile",
    description = "List open bets older than a duration, voided keys and refused cancels.")
final class ReconcileCommand extends DatabaseCommand {
  @Option(
      names = "--open-older-than",
      paramLabel = "DURATION",
      converter = IsoDuration.class,
      description = "ISO-8601 age from which an open bet is listed, default ${DEFAULT-VALUE}")
  Duration age = Duration.ofMinutes(10);

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "rows per list, default ${DEFAULT-VALUE}")
  int limit = 100;

  @Option(
      names = "--json",
      description =
          "one JSON document on standard output; the database line goes to standard error")
  boolean json;

  /** An ISO-8601 duration, refused with an example rather than a parser's exception. */
  static final class IsoDuration implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Duration.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "'" + value + "' is not an ISO-8601 duration such as PT10M or P1D");
      }
    }
  }

  ReconcileCommand(SettingOptions settings, PrintStream out, PrintStream err) {
    super(settings, out, err);
  }

  /** Standard output stays one JSON document for the machines that parse it. */
  @Override
  PrintStream databaseLineTo() {
    return json ? err : out;
  }

  @Override
  int run(CommandDatabase database) {
    try (HikariDataSource pool = database.pool();
        Walletgate walletgate = database.open(pool)) {
      ReconciliationReport report =
          new ReconciliationReport(
              walletgate.services().reconciliation().reconcile(age, limit),
              database.config().currencies());
      out.print(json ? report.jsonText() + System.lineSeparator() : report.table());
      return 0;
    }
  }
}
