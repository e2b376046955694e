package dev.walletgate.adapter.persistence.jdbi;

import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.cache.JdbiCache;
import org.jdbi.v3.core.cache.JdbiCacheBuilder;
import org.jdbi.v3.core.cache.JdbiCacheLoader;

/**
 * Caches for Jdbi's parsed SQL and rendered templates whose hits take no lock. Jdbi's default LRU
 * cache reorders its list under a monitor on every hit, which serializes all threads; this adapter
 * only runs a small, fixed set of SQL strings, so a capped map that never evicts is enough.
 */
final class LockFreeCacheBuilder implements JdbiCacheBuilder {
  private static final int DEFAULT_MAX_SIZE = 1_000;

  private final int maxSize;

  LockFreeCacheBuilder() {
    this(DEFAULT_MAX_SIZE);
  }

  private LockFreeCacheBuilder(int maxSize) {
    this.maxSize = maxSize;
  }

  @Override
  public <K, V> JdbiCache<K, V> build() {
    return new Cache<>(maxSize, null);
  }

  @Override
  public <K, V> JdbiCache<K, V> buildWithLoader(JdbiCacheLoader<K, V> loader) {
    return new Cache<>(maxSize, loader);
  }

  @Override
  public JdbiCacheBuilder maxSize(int size) {
    return new LockFreeCacheBuilder(size);
  }

  private static final class Cache<K, V> implements JdbiCache<K, V> {
    private final ConcurrentHashMap<K, V> entries = new ConcurrentHashMap<>();
    private final int maxSize;
    private final JdbiCacheLoader<K, V> loader;

    Cache(int maxSize, JdbiCacheLoader<K, V> loader) {
      this.maxSize = maxSize;
      this.loader = loader;
    }

    @Override
    public V get(K key) {
      return loader == null ? entries.get(key) : getWithLoader(key, loader);
    }

    @Override
    public V getWithLoader(K key, JdbiCacheLoader<K, V> keyLoader) {
      V cached = entries.get(key);
      if (cached != null) {
        return cached;
      }
      V created = keyLoader.create(key);
      // Past the cap, values are still computed, just not kept: no eviction, hence no lock.
      if (created == null || entries.size() >= maxSize) {
        return created;
      }
      V raced = entries.putIfAbsent(key, created);
      return raced == null ? created : raced;
    }

    /** This cache keeps no statistics. */
    @Override
    public <T> T getStats() {
      return null;
    }
  }
}
