package dev.walletgate.bootstrap.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the settings from their three sources, each overriding the one before: a properties file
 * ({@code --config FILE}), environment variables ({@code WALLETGATE_...}) and flags ({@code --port
 * 8080}). Arguments that are not settings are returned as the command and its options.
 */
public final class ConfigSources {
  private final ProtocolRegistry registry;
  private final List<SettingKey> known;
  private final Map<String, String> values = new HashMap<>();
  private final List<String> remaining = new ArrayList<>();
  private boolean anyConfiguration;

  private ConfigSources(ProtocolRegistry registry) {
    this.registry = registry;
    this.known = registry.settingKeys();
  }

  /** Reads the settings of the service and of every protocol registered on the class path. */
  public static ConfigSources read(String[] args, Map<String, String> environment) {
    return read(args, environment, ProtocolRegistry.discover());
  }

  /** Parses the arguments and reads the file and the environment they point to. */
  public static ConfigSources read(
      String[] args, Map<String, String> environment, ProtocolRegistry registry) {
    List<SettingKey> known = registry.settingKeys();
    Map<SettingKey, String> flags = new LinkedHashMap<>();
    Optional<Path> file = Optional.empty();
    List<String> remaining = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--config")) {
        file = Optional.of(Path.of(valueAfter(args, i++)));
        continue;
      }
      Optional<SettingKey> setting = known.stream().filter(s -> s.flag().equals(arg)).findFirst();
      if (setting.isPresent()) {
        flags.put(setting.get(), valueAfter(args, i++));
      } else {
        remaining.add(arg);
      }
    }
    ConfigSources sources = of(file, flags, environment, registry);
    sources.remaining.addAll(remaining);
    return sources;
  }

  /**
   * Reads the file, then the environment, then the values already parsed from flags, each
   * overriding the one before.
   */
  public static ConfigSources of(
      Optional<Path> file,
      Map<SettingKey, String> flags,
      Map<String, String> environment,
      ProtocolRegistry registry) {
    ConfigSources sources = new ConfigSources(registry);
    file.ifPresent(sources::readFile);
    for (SettingKey s : sources.known) {
      String fromEnv = environment.get(s.environmentVariable());
      if (fromEnv != null) {
        sources.put(s, fromEnv);
      }
    }
    flags.forEach(sources::put);
    return sources;
  }

  private void readFile(Path path) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException(
          "cannot read the configuration file " + path + ": " + e.getMessage());
    }
    anyConfiguration = true;
    for (String name : properties.stringPropertyNames()) {
      SettingKey setting =
          byProperty(name)
              .orElseThrow(() -> new ConfigException("unknown setting '" + name + "' in " + path));
      values.put(setting.property(), properties.getProperty(name).trim());
    }
  }

  private void put(SettingKey setting, String value) {
    anyConfiguration = true;
    values.put(setting.property(), value.trim());
  }

  private Optional<SettingKey> byProperty(String name) {
    return known.stream().filter(s -> s.property().equals(name)).findFirst();
  }

  private static String valueAfter(String[] args, int i) {
    if (i + 1 >= args.length) {
      throw new ConfigException(args[i] + " needs a value");
    }
    return args[i + 1];
  }

  /** The configured value, else the default, else empty. */
  public Optional<String> get(Setting setting) {
    return get(setting.key());
  }

  /** The configured value, else the default, else empty. */
  public Optional<String> get(SettingKey setting) {
    return Optional.ofNullable(values.getOrDefault(setting.property(), setting.defaultValue()));
  }

  /** Whether the setting was given by a file, the environment or a flag. */
  public boolean isConfigured(Setting setting) {
    return isConfigured(setting.key());
  }

  /** Whether the setting was given (not blank) by a file, the environment or a flag. */
  public boolean isConfigured(SettingKey setting) {
    String value = values.get(setting.property());
    return value != null && !value.isBlank();
  }

  /** The protocols whose settings these sources read. */
  public ProtocolRegistry registry() {
    return registry;
  }

  /** Whether any file, environment variable or flag configured anything. */
  public boolean anyConfiguration() {
    return anyConfiguration;
  }

  /** The arguments that were not settings: the command and its own options. */
  public List<String> remaining() {
    return List.copyOf(remaining);
  }
}
