package dev.walletgate.adapter.persistence.jdbi;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.jdbi.v3.core.Handle;

/**
 * Attaches a DAO to a transaction's handle behind a proxy that translates database faults where
 * they happen, so that a store call on a taken key raises the port's {@link
 * dev.walletgate.application.port.out.RetryableConflictException} itself, as the ports promise.
 */
final class Translating {
  private Translating() {}

  static <T> T of(Class<T> daoType, Handle handle) {
    T dao = handle.attach(daoType);
    Object proxy =
        Proxy.newProxyInstance(
            daoType.getClassLoader(),
            new Class<?>[] {daoType},
            (self, method, args) -> {
              try {
                return method.invoke(dao, args);
              } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                  throw SqlFaults.translate(runtime);
                }
                throw cause;
              }
            });
    return daoType.cast(proxy);
  }
}
