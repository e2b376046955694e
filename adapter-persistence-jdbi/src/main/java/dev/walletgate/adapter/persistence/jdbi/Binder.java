package dev.walletgate.adapter.persistence.jdbi;

import org.jdbi.v3.core.argument.Argument;

/** Binds a statement's named parameters, whether Jdbi runs it or it rides with queued writes. */
interface Binder {
  Binder bind(String name, Argument value);
}
