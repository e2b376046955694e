package dev.walletgate.bootstrap.observe;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import java.util.function.Function;

/**
 * Logback's configuration for the service, made in code: no XML to parse at start-up (a few hundred
 * classes fewer before the first callback is answered after a restart), and the format taken from
 * {@code WALLETGATE_LOG_FORMAT} so that the very first lines already have it. A Logback file given
 * with {@code -Dlogback.configurationFile} or found on the class path takes precedence.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class WalletgateLogConfigurator extends ContextAwareBase implements Configurator {
  static final String FORMAT_VARIABLE = "WALLETGATE_LOG_FORMAT";

  private final Function<String, String> properties;
  private final Map<String, String> environment;
  private final ClassLoader resources;

  public WalletgateLogConfigurator() {
    this(System::getProperty, System.getenv(), WalletgateLogConfigurator.class.getClassLoader());
  }

  WalletgateLogConfigurator(
      Function<String, String> properties, Map<String, String> environment, ClassLoader resources) {
    this.properties = properties;
    this.environment = environment;
    this.resources = resources;
  }

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (properties.apply(ClassicConstants.CONFIG_FILE_PROPERTY) != null
        || resources.getResource(ClassicConstants.TEST_AUTOCONFIG_FILE) != null
        || resources.getResource(ClassicConstants.AUTOCONFIG_FILE) != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    LogFormat format = LogFormat.PLAIN;
    String named = environment.get(FORMAT_VARIABLE);
    if (named != null && !named.isBlank()) {
      try {
        format = LogFormat.parse(named);
      } catch (IllegalArgumentException e) {
        // The service's settings reject the same value with a clear error once they are read.
        addWarn(e.getMessage());
      }
    }
    ConsoleLogging.configure(context, format);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
