package dev.walletgate.application;

import dev.walletgate.application.guard.BetGuard;
import dev.walletgate.application.guard.PlayerLimitGuard;
import dev.walletgate.application.port.in.ProviderUseCases;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.Storage;
import dev.walletgate.application.protocol.ProtocolConfig;
import dev.walletgate.application.protocol.ProtocolEndpoint;
import dev.walletgate.application.protocol.ProviderProtocol;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.application.service.WalletSettings;
import java.util.Objects;

/**
 * The composition a platform embeds: the use cases over one storage adapter, and the endpoints of
 * the provider protocols it serves, to mount on its own HTTP stack.
 *
 * <pre>{@code
 * Walletgate walletgate = Walletgate.builder(new JdbiPersistence(dataSource)).build();
 * ProtocolEndpoint kyren =
 *     new KyrenWalletHandler(KyrenConfig.basePath(secretPath), walletgate.providerUseCases());
 * }</pre>
 */
public final class Walletgate implements AutoCloseable {
  private final Storage storage;
  private final WalletServices services;
  private final ProviderUseCases providerUseCases;
  private final CallObserver observer;

  private Walletgate(Builder b) {
    this.storage = b.storage;
    this.observer = b.observer;
    if (b.migrate) {
      storage.migrate();
    }
    WalletSettings settings = b.guard == null ? b.settings : b.settings.withBetGuard(b.guard);
    this.services = new WalletServices(storage, settings, b.observer);
    this.providerUseCases = services.providerUseCases();
  }

  /** Starts a composition over a storage adapter (Jdbi or JPA) on the platform's DataSource. */
  public static Builder builder(Storage storage) {
    return new Builder(storage);
  }

  /** What a provider protocol adapter calls. */
  public ProviderUseCases providerUseCases() {
    return providerUseCases;
  }

  /** Every use case: the providers' and the platform's own (accounts, sessions, queries). */
  public WalletServices services() {
    return services;
  }

  /**
   * The endpoint of a protocol plug-in, told to this composition's observer.
   *
   * @throws IllegalArgumentException naming the setting, when a secret or setting is missing
   */
  public ProtocolEndpoint endpoint(ProviderProtocol protocol, ProtocolConfig config) {
    return protocol.endpoint(config, providerUseCases, observer);
  }

  /** The storage port, for the platform's own read-only checks. */
  public Storage storage() {
    return storage;
  }

  /** Releases what the storage adapter holds; the platform's DataSource stays open. */
  @Override
  public void close() {
    storage.close();
  }

  /** Collects the parts; only the storage adapter is required. */
  public static final class Builder {
    private final Storage storage;
    private WalletSettings settings = WalletSettings.defaults();
    private CallObserver observer = CallObserver.NONE;
    private boolean migrate = true;
    private BetGuard guard;

    private Builder(Storage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** Money policy, session idle time, request retention, bet limits' cooling-off. */
    public Builder settings(WalletSettings value) {
      this.settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    /** Told about every answered callback and retried transaction; never sees secrets. */
    public Builder observer(CallObserver value) {
      this.observer = Objects.requireNonNull(value, "observer");
      return this;
    }

    /**
     * Asked about every bet the rules would book, in the bet's transaction (G1): the platform's own
     * guard, or {@link PlayerLimitGuard}, the per-player limits set through {@code
     * services().betLimits()}. Without one every such bet is booked; set here, it replaces the one
     * in {@link #settings}.
     */
    public Builder betGuard(BetGuard value) {
      this.guard = Objects.requireNonNull(value, "betGuard");
      return this;
    }

    /** Whether {@link #build()} brings the schema up to date first (default true). */
    public Builder migrate(boolean value) {
      this.migrate = value;
      return this;
    }

    public Walletgate build() {
      return new Walletgate(this);
    }
  }
}
