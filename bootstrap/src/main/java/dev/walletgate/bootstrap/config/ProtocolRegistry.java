package dev.walletgate.bootstrap.config;

import dev.walletgate.application.protocol.ProtocolSetting;
import dev.walletgate.application.protocol.ProviderProtocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The provider protocols on the class path, found through {@link ServiceLoader}: a protocol
 * adapter's jar registers itself, so the service serves it with no change to its own code.
 */
public final class ProtocolRegistry {
  private final Map<String, ProviderProtocol> byName = new LinkedHashMap<>();

  private ProtocolRegistry(List<ProviderProtocol> protocols) {
    for (ProviderProtocol protocol : protocols) {
      String name = protocol.name();
      if (!name.matches("[a-z][a-z0-9]*")) {
        throw new ConfigException("protocol name '" + name + "' is not lower-case letters");
      }
      if (byName.putIfAbsent(name, protocol) != null) {
        throw new ConfigException("two protocols on the class path are named '" + name + "'");
      }
    }
  }

  /** Every protocol registered on the class path, by name. */
  public static ProtocolRegistry discover() {
    List<ProviderProtocol> found = new ArrayList<>();
    ServiceLoader.load(ProviderProtocol.class).forEach(found::add);
    found.sort(Comparator.comparing(ProviderProtocol::name));
    return new ProtocolRegistry(found);
  }

  /** Exactly these protocols. */
  public static ProtocolRegistry of(List<ProviderProtocol> protocols) {
    return new ProtocolRegistry(protocols);
  }

  public List<ProviderProtocol> protocols() {
    return List.copyOf(byName.values());
  }

  public Optional<ProviderProtocol> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The service's own settings followed by each protocol's, prefixed with its name. */
  public List<SettingKey> settingKeys() {
    List<SettingKey> keys = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      keys.add(setting.key());
    }
    for (ProviderProtocol protocol : byName.values()) {
      for (ProtocolSetting setting : protocol.settings()) {
        keys.add(keyOf(protocol, setting));
      }
    }
    return keys;
  }

  /** How the service names a protocol's setting. */
  public static SettingKey keyOf(ProviderProtocol protocol, ProtocolSetting setting) {
    return new SettingKey(
        protocol.name() + "." + setting.name(),
        setting.description() + (setting.secret() ? " (secret)" : ""),
        setting.defaultValue(),
        setting.secret());
  }
}
