package dev.walletgate.bootstrap;

import dev.walletgate.adapter.http.kyren.KyrenConfig;
import dev.walletgate.adapter.http.kyren.KyrenUseCases;
import dev.walletgate.adapter.http.kyren.KyrenWalletHandler;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoConfig;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoUseCases;
import dev.walletgate.adapter.http.luckymonaco.LuckyMonacoWalletHandler;
import dev.walletgate.adapter.persistence.jdbi.JdbiPersistence;
import dev.walletgate.adapter.persistence.jpa.JpaPersistence;
import dev.walletgate.application.port.out.CallObserver;
import dev.walletgate.application.port.out.Transactions;
import dev.walletgate.application.service.WalletServices;
import dev.walletgate.application.service.WalletSettings;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The embedding API: Walletgate assembled over the platform's {@link DataSource}, exposing the two
 * protocol handlers to mount on the platform's own HTTP stack and the use cases for its own calls.
 *
 * <pre>{@code
 * Walletgate walletgate = Walletgate.builder()
 *     .dataSource(dataSource)
 *     .persistence(Persistence.JDBI)
 *     .kyren(KyrenConfig.defaults().withBasePath("/kyren/3f9c.../v1"))
 *     .luckyMonaco(LuckyMonacoConfig.defaults().withToken("..."))
 *     .build();
 * }</pre>
 */
public final class Walletgate implements AutoCloseable {
  private final Transactions storage;
  private final WalletServices services;
  private final KyrenWalletHandler kyren;
  private final LuckyMonacoWalletHandler luckyMonaco;

  private Walletgate(Builder b) {
    DataSource dataSource = SingleWriterDataSource.ifEmbeddedH2File(b.dataSource);
    this.storage =
        switch (b.persistence) {
          case JDBI -> new JdbiPersistence(dataSource);
          case JPA -> new JpaPersistence(dataSource);
        };
    if (b.migrate) {
      migrate(storage);
    }
    this.services = new WalletServices(storage, b.settings, b.observer);
    this.kyren = new KyrenWalletHandler(b.kyren, KyrenUseCases.of(services), b.observer);
    // LuckyMonaco authenticates every call by its token: without one there is no handler.
    this.luckyMonaco =
        b.luckyMonaco.hasToken()
            ? new LuckyMonacoWalletHandler(
                b.luckyMonaco, LuckyMonacoUseCases.of(services), b.observer)
            : null;
  }

  private static void migrate(Transactions storage) {
    if (storage instanceof JdbiPersistence jdbi) {
      jdbi.migrate();
    } else if (storage instanceof JpaPersistence jpa) {
      jpa.migrate();
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The use cases: bets, wins, cancels, sessions, accounts, housekeeping. */
  public WalletServices services() {
    return services;
  }

  /** Kyren's protocol handler, to mount on any HTTP server. */
  public KyrenWalletHandler kyren() {
    return kyren;
  }

  /**
   * LuckyMonaco's protocol handler, to mount on any HTTP server.
   *
   * @throws IllegalStateException if the builder was given no LuckyMonaco token
   */
  public LuckyMonacoWalletHandler luckyMonaco() {
    if (luckyMonaco == null) {
      throw new IllegalStateException("no LuckyMonaco token was configured");
    }
    return luckyMonaco;
  }

  /** The storage port, for the platform's own read-only checks. */
  public Transactions storage() {
    return storage;
  }

  /** Releases what the storage adapter holds; the platform's DataSource stays open. */
  @Override
  public void close() {
    if (storage instanceof JpaPersistence jpa) {
      jpa.close();
    }
  }

  /** Collects the parts; only the DataSource is required. */
  public static final class Builder {
    private DataSource dataSource;
    private Persistence persistence = Persistence.JDBI;
    private WalletSettings settings = WalletSettings.defaults();
    private KyrenConfig kyren = KyrenConfig.defaults();
    private LuckyMonacoConfig luckyMonaco = LuckyMonacoConfig.defaults();
    private CallObserver observer = CallObserver.NONE;
    private boolean migrate = true;

    private Builder() {}

    public Builder dataSource(DataSource value) {
      this.dataSource = Objects.requireNonNull(value, "dataSource");
      return this;
    }

    public Builder persistence(Persistence value) {
      this.persistence = Objects.requireNonNull(value, "persistence");
      return this;
    }

    public Builder settings(WalletSettings value) {
      this.settings = Objects.requireNonNull(value, "settings");
      return this;
    }

    public Builder kyren(KyrenConfig value) {
      this.kyren = Objects.requireNonNull(value, "kyren");
      return this;
    }

    public Builder luckyMonaco(LuckyMonacoConfig value) {
      this.luckyMonaco = Objects.requireNonNull(value, "luckyMonaco");
      return this;
    }

    /** Told about every answered callback (logs, metrics); never sees secrets. */
    public Builder observer(CallObserver value) {
      this.observer = Objects.requireNonNull(value, "observer");
      return this;
    }

    /** Whether {@link #build()} runs the Flyway migrations (default true). */
    public Builder migrate(boolean value) {
      this.migrate = value;
      return this;
    }

    public Walletgate build() {
      if (dataSource == null) {
        throw new IllegalStateException("a DataSource is required");
      }
      return new Walletgate(this);
    }
  }
}
