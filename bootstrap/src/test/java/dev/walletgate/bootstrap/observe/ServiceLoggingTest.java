package dev.walletgate.bootstrap.observe;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's Logback configuration made in code: plain or JSON lines on standard output chosen
 * by {@code WALLETGATE_LOG_FORMAT}, secrets masked in both, and a Logback file of the platform's
 * taking precedence.
 */
class ServiceLoggingTest {
  private static final String SECRET = "s3cret-operator-key-for-logs";
  // No logback.xml or logback-test.xml visible: as in the service's jar.
  private static final ClassLoader NO_FILES = new ClassLoader(null) {};
  private static final Function<String, String> NO_PROPERTIES = name -> null;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream standardOut;
  private LoggerContext context;

  @BeforeEach
  void captureStandardOut() {
    standardOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    context = newContext();
    LogSecrets.register(SECRET);
  }

  @AfterEach
  void restoreStandardOut() {
    context.stop();
    System.setOut(standardOut);
  }

  private static LoggerContext newContext() {
    LoggerContext fresh = new LoggerContext();
    fresh.setMDCAdapter(new LogbackMDCAdapter());
    return fresh;
  }

  @Test
  void givenJsonFormat_eachLineIsOneJsonObject_withTheSecretMaskedInMessageAndException()
      throws Exception {
    ExecutionStatus status =
        new WalletgateLogConfigurator(
                NO_PROPERTIES, Map.of("WALLETGATE_LOG_FORMAT", "json"), NO_FILES)
            .configure(context);
    Logger logger = context.getLogger("dev.walletgate.test");

    logger.warn(
        "key {} refused \"quoted\"", SECRET, new IllegalStateException("bad key " + SECRET));

    assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain(SECRET).endsWith(System.lineSeparator());
    JsonNode line = new ObjectMapper().readTree(text.strip());
    assertThat(line.get("level").asText()).isEqualTo("WARN");
    assertThat(line.get("logger").asText()).isEqualTo("dev.walletgate.test");
    assertThat(line.get("message").asText()).isEqualTo("key *** refused \"quoted\"");
    assertThat(line.get("exception").asText())
        .startsWith("java.lang.IllegalStateException: bad key ***");
    assertThat(line.get("time").asText()).endsWith("Z");
  }

  @Test
  void givenNoFormat_linesArePlain_withTheSecretMasked_andLibrariesAtWarn() {
    new WalletgateLogConfigurator(NO_PROPERTIES, Map.of(), NO_FILES).configure(context);

    context.getLogger("dev.walletgate.test").info("opened with {}", SECRET);
    context.getLogger("org.eclipse.jetty.server").info("a Jetty detail");

    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains(" INFO test - opened with ***").doesNotContain(SECRET);
    assertThat(text).doesNotContain("a Jetty detail");
  }

  @Test
  void givenALogbackFileOfThePlatform_theConfiguratorLeavesTheContextToIt() {
    ExecutionStatus status =
        new WalletgateLogConfigurator(
                name -> name.equals("logback.configurationFile") ? "/etc/app/logback.xml" : null,
                Map.of("WALLETGATE_LOG_FORMAT", "json"),
                NO_FILES)
            .configure(context);

    assertThat(status).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders()).isExhausted();
  }

  @Test
  void givenTheServicesConsole_useSwitchesItsFormat_andLeavesAnotherConfigurationAlone() {
    new WalletgateLogConfigurator(NO_PROPERTIES, Map.of(), NO_FILES).configure(context);
    assertThat(ConsoleLogging.current(context)).isEqualTo(LogFormat.PLAIN);

    ConsoleLogging.use(context, LogFormat.JSON);
    context.getLogger("dev.walletgate.test").info("now as JSON");

    assertThat(ConsoleLogging.current(context)).isEqualTo(LogFormat.JSON);
    assertThat(out.toString(StandardCharsets.UTF_8).strip())
        .startsWith("{\"time\":")
        .contains("\"message\":\"now as JSON\"");

    LoggerContext other = newContext();
    ConsoleLogging.use(other, LogFormat.JSON);
    assertThat(ConsoleLogging.current(other)).isNull();
    other.stop();
  }
}
