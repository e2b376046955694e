package dev.walletgate.bootstrap.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.Map;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * The service's own logging: every line to standard output through a masking layout, plain or JSON,
 * with the levels below. Another Logback configuration, when one is given, is left alone.
 */
public final class ConsoleLogging {
  private static final String APPENDER = "walletgate-console";
  private static final String PATTERN =
      "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} %level %logger{0} - %msg%n%ex";

  // One INFO line per answered callback is the service's own; the libraries speak up on trouble.
  private static final Map<String, Level> LEVELS =
      Map.of(
          "org.eclipse.jetty", Level.WARN,
          "com.zaxxer.hikari", Level.WARN,
          "org.flywaydb", Level.ERROR,
          "org.hibernate", Level.WARN,
          // Duplicate keys are the expected signal of a race; the adapter retries them.
          "org.hibernate.orm.jdbc.error", Level.OFF);

  private ConsoleLogging() {}

  /** Sets the context up from scratch with the given format. */
  static void configure(LoggerContext context, LogFormat format) {
    LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.detachAppender(APPENDER);
    root.addAppender(appender(context, format));
  }

  /**
   * Switches the service's console to the given format; does nothing when another Logback
   * configuration is in effect (a platform's or a test's own).
   */
  public static void use(LogFormat format) {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      use(context, format);
    }
  }

  static void use(LoggerContext context, LogFormat format) {
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    Appender<ILoggingEvent> old = root.getAppender(APPENDER);
    if (old == null || current(context) == format) {
      return;
    }
    root.addAppender(appender(context, format));
    root.detachAppender(old);
    old.stop();
  }

  /** The format of the service's console, or null when another configuration is in effect. */
  static LogFormat current(LoggerContext context) {
    Object format = context.getObject(APPENDER);
    return format instanceof LogFormat f ? f : null;
  }

  private static ConsoleAppender<ILoggingEvent> appender(LoggerContext context, LogFormat format) {
    Layout<ILoggingEvent> layout;
    if (format == LogFormat.JSON) {
      layout = new MaskingJsonLayout();
    } else {
      MaskingPatternLayout pattern = new MaskingPatternLayout();
      pattern.setPattern(PATTERN);
      layout = pattern;
    }
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setName(APPENDER);
    appender.setContext(context);
    appender.setEncoder(encoder);
    appender.start();
    context.putObject(APPENDER, format);
    return appender;
  }
}
