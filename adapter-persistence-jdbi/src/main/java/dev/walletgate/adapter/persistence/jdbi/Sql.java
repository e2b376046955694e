package dev.walletgate.adapter.persistence.jdbi;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

/**
 * Runs prepared SQL strings on one transaction's handle through Jdbi's fluent API, translating
 * database faults where they happen, so that a store call on a taken key raises the port's {@link
 * dev.walletgate.application.port.out.RetryableConflictException} itself, as the ports promise.
 */
final class Sql {
  private final Handle handle;

  Sql(Handle handle) {
    this.handle = handle;
  }

  <T> Optional<T> one(String sql, RowMapper<T> mapper, Function<Query, Query> binding) {
    try (Query query = handle.createQuery(sql)) {
      return binding.apply(query).map(mapper).findOne();
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  <T> List<T> list(String sql, RowMapper<T> mapper, Function<Query, Query> binding) {
    try (Query query = handle.createQuery(sql)) {
      return binding.apply(query).map(mapper).list();
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  long count(String sql, Function<Query, Query> binding) {
    return one(sql, Rows.COUNT, binding).orElseThrow();
  }

  int update(String sql, Function<Update, Update> binding) {
    try (Update update = handle.createUpdate(sql)) {
      return binding.apply(update).execute();
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }

  /** Runs the statement once per binding, in one JDBC batch; returns each run's row count. */
  int[] batch(String sql, List<Function<PreparedBatch, PreparedBatch>> bindings) {
    if (bindings.isEmpty()) {
      return new int[0];
    }
    try (PreparedBatch batch = handle.prepareBatch(sql)) {
      for (Function<PreparedBatch, PreparedBatch> binding : bindings) {
        binding.apply(batch).add();
      }
      return batch.execute();
    } catch (RuntimeException e) {
      throw SqlFaults.translate(e);
    }
  }
}
