package dev.walletgate.bootstrap;

import dev.walletgate.bootstrap.config.ServiceConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code serve}, the default command: starts the service and leaves it running. */
@Command(name = "serve", description = "Run the service (the default when no command is given).")
final class ServeCommand implements Callable<Integer> {
  /** Returned once the service runs: the process keeps running until it is stopped. */
  static final int KEEP_RUNNING = -1;

  private final SettingOptions settings;
  private final PrintStream out;
  private final PrintStream err;

  ServeCommand(SettingOptions settings, PrintStream out, PrintStream err) {
    this.settings = settings;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    ServiceConfig config = settings.config();
    Instant started = Instant.now();
    try {
      WalletgateService service = WalletgateService.start(config);
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      service.close();
                    } catch (Exception e) {
                      err.println("shutdown: " + e);
                    }
                  },
                  "walletgate-shutdown"));
      banner(config, service, Duration.between(started, Instant.now()));
      return KEEP_RUNNING;
    } catch (Exception e) {
      err.println("cannot start: " + e.getMessage());
      return 1;
    }
  }

  private void banner(ServiceConfig config, WalletgateService service, Duration startup) {
    out.printf(
        "Walletgate %s listening on %s (%s, %s storage, %s) in %d ms%n",
        WalletgateVersion.current(),
        service.baseUri(),
        config.redactedDbUrl(),
        config.persistence().name().toLowerCase(Locale.ROOT),
        config.developmentMode() ? "DEVELOPMENT MODE" : "configured",
        startup.toMillis());
    out.println(
        "Serving "
            + config.protocols().stream().map(p -> p.protocol().name()).toList()
            + " and the operator API");
    if (config.developmentMode()) {
      out.println();
      out.println("*** DEVELOPMENT MODE: secrets were generated and kept in " + config.dataDir());
      out.println("*** Configure your own in production:");
      new TreeMap<>(config.developmentSecrets())
          .forEach((property, value) -> out.printf("  %-22s %s%n", property, value));
      out.println();
    }
  }
}
