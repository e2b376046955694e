package dev.walletgate.bootstrap;

import dev.walletgate.bootstrap.config.ConfigSources;
import dev.walletgate.bootstrap.config.ProtocolRegistry;
import dev.walletgate.bootstrap.config.ServiceConfig;
import dev.walletgate.bootstrap.config.SettingKey;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The settings as options of the commands that read them: {@code --config FILE} and one option per
 * setting key, those of every protocol on the class path included. The values given are read over
 * the environment and the file, as {@link ConfigSources} always has.
 */
final class SettingOptions {
  private final ProtocolRegistry registry;
  private final Map<String, String> environment;
  private final Map<SettingKey, String> flags = new LinkedHashMap<>();
  private String file;

  SettingOptions(ProtocolRegistry registry, Map<String, String> environment) {
    this.registry = registry;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Adds the options to a command. Every command shares this one instance, so a setting given both
   * before and after the command's name keeps the later value.
   */
  void addTo(CommandSpec command) {
    add(command, false);
  }

  /**
   * Lets a command that reads no setting take them all without listing them in its help: a script
   * may append the same settings to whichever command it runs, {@code help} included.
   */
  void acceptUnshown(CommandSpec command) {
    add(command, true);
  }

  private void add(CommandSpec command, boolean hidden) {
    command.addOption(
        OptionSpec.builder("--config")
            .hidden(hidden)
            .paramLabel("FILE")
            .type(String.class)
            .description("a properties file of settings, each named by its property (shown below)")
            .hasInitialValue(false)
            .setter(setter(value -> file = value))
            .build());
    for (SettingKey key : registry.settingKeys()) {
      command.addOption(
          OptionSpec.builder(key.flag())
              .hidden(hidden)
              .paramLabel(label(key))
              .type(String.class)
              .description(literal(key.description()), literal(sources(key)))
              .hasInitialValue(false)
              .setter(setter(value -> flags.put(key, value)))
              .build());
    }
  }

  /** The checked configuration: flags over the environment over the file over the defaults. */
  ServiceConfig config() {
    return ServiceConfig.from(
        ConfigSources.of(Optional.ofNullable(file).map(Path::of), flags, environment, registry));
  }

  /** {@code kyren.base.path} is given as {@code --kyren-base-path=PATH}. */
  private static String label(SettingKey key) {
    String property = key.property();
    return property.substring(property.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
  }

  private static String sources(SettingKey key) {
    String sources = "env " + key.environmentVariable() + ", property " + key.property();
    String defaultValue = key.defaultValue();
    if (key.secret() || defaultValue == null || defaultValue.isEmpty()) {
      return sources;
    }
    return sources + ", default " + defaultValue;
  }

  /** Help text taken as written: picocli would otherwise format '%' and expand '${'. */
  private static String literal(String text) {
    return text.replace("%", "%%").replace("${", "$${");
  }

  /** Keeps what picocli parsed; a setting not given is never set, so it stays unconfigured. */
  private static ISetter setter(Consumer<String> sink) {
    return new ISetter() {
      @Override
      public <T> T set(T value) {
        if (value != null) {
          sink.accept(value.toString());
        }
        return null;
      }
    };
  }
}
