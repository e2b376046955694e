package dev.walletgate.adapter.persistence.jpa;

import dev.walletgate.application.port.out.StorageException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The entity manager of one transaction, as the stores use it.
 *
 * <p>Only rows this transaction locked or wrote stay managed; a row read without a lock is mapped
 * and detached at once. Otherwise a later locked read of the same row would return the stale
 * unlocked copy from the persistence context (a pessimistic lock upgrade does not refresh it).
 *
 * <p>The first storage fault poisons the transaction: it can then only roll back, on H2 just as on
 * PostgreSQL (which aborts the transaction itself), even if the work swallowed the exception.
 */
final class TransactionScope {
  private final EntityManager em;
  private final Set<Object> owned = Collections.newSetFromMap(new IdentityHashMap<>());
  private StorageException fault;

  TransactionScope(EntityManager em) {
    this.em = em;
  }

  EntityManager entityManager() {
    return em;
  }

  /** The fault met by a store call, if any; the transaction must then roll back. */
  Optional<StorageException> fault() {
    return Optional.ofNullable(fault);
  }

  /** Runs a store call, translating Hibernate's and the driver's exceptions. */
  <T> T guard(Supplier<T> call) {
    if (fault != null) {
      throw fault;
    }
    try {
      return call.get();
    } catch (RuntimeException e) {
      if (!Faults.isStorageFault(e)) {
        throw e;
      }
      fault = Faults.translate(e);
      throw fault;
    }
  }

  void run(Runnable call) {
    guard(
        () -> {
          call.run();
          return null;
        });
  }

  /** The row, locked until the transaction ends, or null; it stays managed. */
  <E> E locked(Class<E> type, Object id) {
    E row = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
    if (row != null) {
      owned.add(row);
    }
    return row;
  }

  /** Keeps a row this transaction locked with a query of its own managed, and returns it. */
  <E> E own(E row) {
    owned.add(row);
    return row;
  }

  /** The row, read without a lock, mapped and released. */
  <E, D> Optional<D> read(Class<E> type, Object id, Function<E, D> mapper) {
    E row = em.find(type, id);
    if (row == null) {
      return Optional.empty();
    }
    D mapped = mapper.apply(row);
    release(row);
    return Optional.of(mapped);
  }

  /** Every row of the query, read without a lock, mapped and released. */
  <E, D> List<D> readAll(TypedQuery<E> query, Function<E, D> mapper) {
    List<E> rows = query.getResultList();
    List<D> mapped = rows.stream().map(mapper).toList();
    rows.forEach(this::release);
    return mapped;
  }

  /** Every row of the query, locked until the transaction ends; they stay managed. */
  <E> List<E> lockedAll(TypedQuery<E> query) {
    List<E> rows = query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    owned.addAll(rows);
    return rows;
  }

  /**
   * Inserts the row at once, so that a taken key fails here, inside the work, as a retryable
   * conflict.
   */
  void insert(Object row) {
    em.persist(row);
    em.flush();
    owned.add(row);
  }

  private void release(Object row) {
    if (!owned.contains(row)) {
      em.detach(row);
    }
  }
}
